package nl.techniekpact.schemes.finder;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.schemes.Applicant;

/**
 * Who is asking, in the finder's words, with the applicant groups of the catalogue that the person or organisation
 * belongs to ({@code direct}), may apply as only together with others ({@code asPartnership}), or may or may not
 * belong to, which the sources do not settle ({@code unsettled}: is a sole trader an mkb-ondernemer?).
 * {@code param} is the value in the finder's links.
 */
public enum Who {
    EMPLOYEE("werkende", Set.of(Applicant.INDIVIDUAL), Set.of(), Set.of()),
    JOB_SEEKER("werkzoekende", Set.of(Applicant.INDIVIDUAL), Set.of(), Set.of()),
    SOLE_TRADER("zzp", Set.of(Applicant.INDIVIDUAL), Set.of(), Set.of(Applicant.EMPLOYER_SME, Applicant.EMPLOYER)),
    EMPLOYER_MICRO("mkb-micro", Set.of(Applicant.EMPLOYER_SME, Applicant.EMPLOYER), Set.of(Applicant.PARTNERSHIP), Set.of()),
    EMPLOYER_SMALL("mkb-klein", Set.of(Applicant.EMPLOYER_SME, Applicant.EMPLOYER), Set.of(Applicant.PARTNERSHIP), Set.of()),
    EMPLOYER_MEDIUM("mkb-middelgroot", Set.of(Applicant.EMPLOYER_SME, Applicant.EMPLOYER), Set.of(Applicant.PARTNERSHIP),
            Set.of()),
    EMPLOYER_LARGE("grootbedrijf", Set.of(Applicant.EMPLOYER_LARGE, Applicant.EMPLOYER), Set.of(Applicant.PARTNERSHIP),
            Set.of()),
    SCHOOL("school", Set.of(Applicant.SCHOOL), Set.of(Applicant.PARTNERSHIP), Set.of()),
    SECTOR_FUND("sectorfonds", Set.of(Applicant.SECTOR_FUND), Set.of(Applicant.PARTNERSHIP), Set.of()),
    PARTNERSHIP("samenwerkingsverband", Set.of(Applicant.PARTNERSHIP), Set.of(), Set.of()),
    GOVERNMENT("overheid", Set.of(Applicant.GOVERNMENT), Set.of(Applicant.PARTNERSHIP), Set.of());

    private final String param;
    private final Set<Applicant> direct;
    private final Set<Applicant> asPartnership;
    private final Set<Applicant> unsettled;

    Who(String param, Set<Applicant> direct, Set<Applicant> asPartnership, Set<Applicant> unsettled) {
        this.param = param;
        this.direct = direct;
        this.asPartnership = asPartnership;
        this.unsettled = unsettled;
    }

    public String param() {
        return param;
    }

    Set<Applicant> direct() {
        return direct;
    }

    Set<Applicant> asPartnership() {
        return asPartnership;
    }

    Set<Applicant> unsettled() {
        return unsettled;
    }

    public static Optional<Who> ofParam(String value) {
        return Arrays.stream(values()).filter(w -> w.param.equals(value)).findFirst();
    }
}
