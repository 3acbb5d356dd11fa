package nl.techniekpact.schemes;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields of the change form for tests: a new regional scheme in Twente with one fact and one window. */
final class SchemeChangeForms {

    private SchemeChangeForms() {
    }

    static Map<String, String> newTwenteScheme(String slug, String opens, String closes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("name", "Twentse scholingsregeling " + slug);
        form.put("organiser", "Regio Twente");
        form.put("level", "REGION");
        form.put("regionCode", "SR-twente");
        form.put("officialUrl", "https://www.example.org/regelingen/" + slug);
        form.put("source", "Regionaal blad Twente 2026");
        form.put("sourceDate", "2026-01-10");
        form.put("factRows", "1");
        form.put("fact-0-key", "MAX_AMOUNT");
        form.put("fact-0-stated", "Maximaal € 2.500 per werknemer");
        form.put("fact-0-amount", "2500");
        form.put("fact-0-source", "Regionaal blad Twente 2026");
        form.put("fact-0-sourceDate", "2026-01-10");
        form.put("applicantRows", "1");
        form.put("purposeRows", "1");
        form.put("windowRows", "1");
        form.put("window-0-label", "Tranche 2026");
        form.put("window-0-opens", opens);
        form.put("window-0-closes", closes);
        form.put("window-0-source", "Regionaal blad Twente 2026");
        form.put("reason", "Nieuwe regionale regeling");
        form.put("changeSource", "Regionaal blad Twente 2026, nr. 4");
        return form;
    }

    /** The same form as an edit of the existing scheme at {@code version}. */
    static Map<String, String> edit(Map<String, String> form, String slug, int version) {
        Map<String, String> edit = new LinkedHashMap<>(form);
        edit.remove("slug");
        edit.put("scheme", slug);
        edit.put("baseVersion", String.valueOf(version));
        return edit;
    }
}
