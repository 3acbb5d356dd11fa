package nl.techniekpact.schemes.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.schemes.finder.Localities;
import nl.techniekpact.schemes.finder.Locality;
import nl.techniekpact.schemes.finder.Want;
import nl.techniekpact.schemes.finder.When;
import nl.techniekpact.schemes.finder.Who;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The finder's answers as they arrive in the address (every step and the result is a link), each read into its
 * value or the message key of why it cannot be used. Steps in order: who, where, what, when.
 */
final class FinderAnswers {

    enum Step {
        WHO("/regelingen/vinden", "wie"), WHERE("/regelingen/vinden/waar", "plaats"),
        WHAT("/regelingen/vinden/wat", "wat"), WHEN("/regelingen/vinden/wanneer", "wanneer");

        final String path;
        final String param;

        Step(String path, String param) {
            this.path = path;
            this.param = param;
        }

        Step next() {
            return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
        }

        Step previous() {
            return ordinal() > 0 ? values()[ordinal() - 1] : null;
        }
    }

    static final String RESULT = "/regelingen/vinden/resultaat";
    private static final int MAX_PARAM = 100;

    final Map<Step, String> raw = new LinkedHashMap<>();
    Who who;
    Locality where;
    Want want;
    When when;
    final Map<Step, String> errors = new LinkedHashMap<>();

    FinderAnswers(String wie, String plaats, String wat, String wanneer, Localities localities) {
        raw.put(Step.WHO, wie);
        raw.put(Step.WHERE, plaats);
        raw.put(Step.WHAT, wat);
        raw.put(Step.WHEN, wanneer);
        who = read(Step.WHO, wie, Who.ofParam(clip(wie)).orElse(null));
        if (plaats != null && !plaats.isBlank()) {
            Localities.Resolution r = localities.resolve(plaats.length() > Localities.MAX_LENGTH ? plaats : plaats.strip());
            where = r.locality();
            if (r.error() != null) {
                errors.put(Step.WHERE, r.error());
            }
        } else {
            errors.put(Step.WHERE, "finder.error.plaats.missing");
        }
        want = read(Step.WHAT, wat, Want.ofParam(clip(wat)).orElse(null));
        when = read(Step.WHEN, wanneer, When.ofParam(clip(wanneer)).orElse(null));
    }

    private <T> T read(Step step, String value, T parsed) {
        if (value == null || value.isBlank()) {
            errors.put(step, "finder.error." + step.param + ".missing");
        } else if (parsed == null) {
            errors.put(step, "finder.error." + step.param + ".invalid");
        }
        return parsed;
    }

    private static String clip(String value) {
        return value == null || value.length() > MAX_PARAM ? null : value;
    }

    /** The first step before {@code step} whose answer is missing or unusable, or null. */
    Step firstInvalidBefore(Step step) {
        for (Step s : Step.values()) {
            if (s == step) {
                return null;
            }
            if (errors.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    boolean complete() {
        return errors.isEmpty();
    }

    /** The link to a page with the answers up to and including {@code through} (all answers when null). */
    String link(String path, Step through) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (Step s : Step.values()) {
            String v = raw.get(s);
            if (v != null && !v.isBlank() && !errors.containsKey(s)) {
                b.queryParam(s.param, v.strip());
            }
            if (s == through) {
                break;
            }
        }
        return b.encode().build().toUriString();
    }

    /** The other answers given so far, as hidden form fields, so that changing one answer keeps the rest. */
    Map<String, String> others(Step step) {
        Map<String, String> hidden = new LinkedHashMap<>();
        for (Step s : Step.values()) {
            String v = raw.get(s);
            if (s != step && v != null && !v.isBlank() && !errors.containsKey(s)) {
                hidden.put(s.param, v.strip());
            }
        }
        return hidden;
    }
}
