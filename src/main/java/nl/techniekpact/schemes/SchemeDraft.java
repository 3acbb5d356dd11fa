package nl.techniekpact.schemes;

import java.util.List;

/**
 * A proposed state of a scheme as a person typed it (every value a string, blank for "not stated"), with the
 * reason and source of the change and the version of the scheme it was based on (blank for a new scheme).
 * {@link SchemeChanges#propose} checks it field by field.
 */
public record SchemeDraft(String slug, String name, String abbreviation, String organiser, String level,
                          String regionCode, String officialUrl, String successorSlug, String endedOn, String source,
                          String sourceDate, List<FactRow> facts, List<FactRow> applicants, List<FactRow> purposes,
                          List<WindowRow> windows, String reason, String changeSource, String baseVersion) {

    public SchemeDraft {
        facts = List.copyOf(facts);
        applicants = List.copyOf(applicants);
        purposes = List.copyOf(purposes);
        windows = List.copyOf(windows);
    }

    /** A fact, applicant group or purpose: which one ({@code key}), its text, amount (facts only) and source. */
    public record FactRow(String key, String stated, String amount, String source, String sourceDate) {

        public boolean blank() {
            return isBlank(key) && isBlank(stated) && isBlank(amount) && isBlank(source) && isBlank(sourceDate);
        }
    }

    /** An application window or tranche. */
    public record WindowRow(String label, String opens, String closes, String opensStated, String closesStated,
                            boolean ongoing, String budgetStated, String budget, String source, String sourceDate) {

        public boolean blank() {
            return !ongoing && isBlank(label) && isBlank(opens) && isBlank(closes) && isBlank(opensStated)
                    && isBlank(closesStated) && isBlank(budgetStated) && isBlank(budget) && isBlank(source)
                    && isBlank(sourceDate);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
