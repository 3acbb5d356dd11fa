package nl.techniekpact.schemes;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the scheme lists mapped onto the catalogue's categories. Only a list's own category words are
 * mapped (a cell's {@code ;}-separated items, compared whole); a free text is not read for meaning, with one
 * exception that its words leave no doubt about: a goal that names retraining ("omscholing") towards ICT or
 * technology. What does not map stays in the scheme's text facts.
 */
final class ListVocabulary {

    private static final Map<String, Applicant> APPLICANTS = Map.of(
            "mkb", Applicant.EMPLOYER_SME,
            "groot bedrijf", Applicant.EMPLOYER_LARGE,
            "overheid", Applicant.GOVERNMENT,
            "onderwijs", Applicant.SCHOOL,
            "kennisinstellingen", Applicant.KNOWLEDGE_INSTITUTION,
            "stichting", Applicant.FOUNDATION,
            "samenwerkingsverbanden", Applicant.PARTNERSHIP);

    private ListVocabulary() {
    }

    static SchemeLevel level(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nationaal", "landelijk" -> SchemeLevel.NATIONAL;
            case "provinciaal" -> SchemeLevel.PROVINCE;
            case "regionaal", "gemeentelijk" -> SchemeLevel.REGION;
            case "sectoraal" -> SchemeLevel.SECTOR;
            case "europees" -> SchemeLevel.EUROPEAN;
            default -> null;
        };
    }

    /** Applicant groups with the item that states each ("MKB"). */
    static Map<Applicant, String> applicants(String cell) {
        Map<Applicant, String> out = new EnumMap<>(Applicant.class);
        for (String item : items(cell)) {
            Applicant group = APPLICANTS.get(item.toLowerCase(Locale.ROOT));
            if (group != null) {
                out.putIfAbsent(group, item);
            }
        }
        return out;
    }

    /**
     * Purposes: the theme "Personeel opleiden" or the eligible activity "Onderwijs" is training; a goal naming
     * retraining towards ICT or technology is that.
     */
    static Map<Purpose, String> purposes(String themes, String activityKinds, String goal) {
        Map<Purpose, String> out = new EnumMap<>(Purpose.class);
        for (String item : items(themes)) {
            if (item.equalsIgnoreCase("personeel opleiden")) {
                out.putIfAbsent(Purpose.TRAINING, "Thema: " + item);
            }
        }
        for (String item : items(activityKinds)) {
            if (item.equalsIgnoreCase("onderwijs")) {
                out.putIfAbsent(Purpose.TRAINING, "Subsidiabele activiteiten: " + item);
            }
        }
        String words = goal == null ? "" : goal.toLowerCase(Locale.ROOT);
        if (words.contains("omscholing") && (words.contains("ict") || words.contains("techniek"))) {
            out.put(Purpose.RETRAINING_TECH_ICT, goal);
        }
        return out;
    }

    /** Whether working together is required, with its kind where the list gives more than yes or no. */
    static String collaboration(String required, String kind) {
        if (required == null) {
            return kind;
        }
        if (kind == null || kind.equalsIgnoreCase(required) || kind.equalsIgnoreCase("nee")
                || kind.equalsIgnoreCase("n.v.t.")) {
            return required;
        }
        return required + " — " + kind;
    }

    private static String[] items(String cell) {
        if (cell == null || cell.isBlank()) {
            return new String[0];
        }
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
