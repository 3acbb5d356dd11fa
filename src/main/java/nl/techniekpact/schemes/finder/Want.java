package nl.techniekpact.schemes.finder;

import java.util.Arrays;
import java.util.Optional;

import nl.techniekpact.schemes.Purpose;

/** What the person wants; {@code ANY} lets every purpose through. {@code param} is the value in the finder's links. */
public enum Want {
    TRAINING("scholing", Purpose.TRAINING),
    CAREER_ADVICE("loopbaanadvies", Purpose.CAREER_ADVICE),
    RETRAINING_TECH_ICT("omscholing-techniek-ict", Purpose.RETRAINING_TECH_ICT),
    PRACTICAL_LEARNING("praktijkleren", Purpose.PRACTICAL_LEARNING),
    PARTNERSHIP("samenwerking", Purpose.PARTNERSHIP),
    ANY("alles", null);

    private final String param;
    private final Purpose purpose;

    Want(String param, Purpose purpose) {
        this.param = param;
        this.purpose = purpose;
    }

    public String param() {
        return param;
    }

    /** The catalogue's purpose; null for {@code ANY}. */
    public Purpose purpose() {
        return purpose;
    }

    public static Optional<Want> ofParam(String value) {
        return Arrays.stream(values()).filter(w -> w.param.equals(value)).findFirst();
    }
}
