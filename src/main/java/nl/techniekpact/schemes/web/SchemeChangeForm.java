package nl.techniekpact.schemes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeDraft;
import nl.techniekpact.schemes.SchemeDraft.FactRow;
import nl.techniekpact.schemes.SchemeDraft.WindowRow;
import nl.techniekpact.schemes.SchemeState;
import nl.techniekpact.schemes.Sourced;

/**
 * The change form as flat fields ({@code name}, {@code fact-0-stated}, {@code window-2-closes} …) with the number of
 * rows shown per group ({@code factRows} …): filled from a scheme, read back from a posted form, and turned into a
 * {@link SchemeDraft}. Each group shows its rows plus one empty row; "add a row" posts the form with one more.
 */
final class SchemeChangeForm {

    static final int MAX_ROWS = 40;
    static final List<String> GROUPS = List.of("fact", "applicant", "purpose", "window");
    static final List<String> WINDOW_FIELDS = List.of("label", "opens", "closes", "opensStated", "closesStated",
            "budgetStated", "budget", "source", "sourceDate");
    private static final List<String> SCALARS = List.of("slug", "name", "abbreviation", "organiser", "level",
            "regionCode", "officialUrl", "successorSlug", "endedOn", "source", "sourceDate", "reason",
            "changeSource", "baseVersion");

    final Map<String, String> values = new HashMap<>();
    final Map<String, Integer> rows = new HashMap<>();

    /** An empty form for a new scheme. */
    static SchemeChangeForm empty() {
        SchemeChangeForm form = new SchemeChangeForm();
        GROUPS.forEach(g -> form.rows.put(g, 1));
        return form;
    }

    /** The form filled with the scheme as it is now. */
    static SchemeChangeForm of(SchemeState state, int version) {
        SchemeChangeForm form = new SchemeChangeForm();
        Scheme s = state.scheme();
        Map<String, String> v = form.values;
        v.put("slug", s.slug());
        put(v, "name", s.name());
        put(v, "abbreviation", s.abbreviation());
        put(v, "organiser", s.organiser());
        put(v, "level", s.level() == null ? null : s.level().name());
        put(v, "regionCode", state.regionCode());
        put(v, "officialUrl", s.officialUrl());
        put(v, "successorSlug", s.successorSlug());
        put(v, "endedOn", s.endedOn());
        put(v, "source", s.source());
        put(v, "sourceDate", s.sourceDate());
        v.put("baseVersion", String.valueOf(version));
        form.sourced("fact", s.facts());
        form.sourced("applicant", s.applicants());
        form.sourced("purpose", s.purposes());
        List<ApplicationWindow> windows = s.windows();
        for (int i = 0; i < windows.size(); i++) {
            ApplicationWindow w = windows.get(i);
            String p = "window-" + i + "-";
            put(v, p + "label", w.label());
            put(v, p + "opens", w.opens());
            put(v, p + "closes", w.closes());
            put(v, p + "opensStated", w.opensStated());
            put(v, p + "closesStated", w.closesStated());
            put(v, p + "budgetStated", w.budgetStated());
            put(v, p + "budget", w.budget() == null ? null : w.budget().stripTrailingZeros().toPlainString());
            put(v, p + "source", w.source());
            put(v, p + "sourceDate", w.sourceDate());
            if (w.ongoing()) {
                v.put(p + "ongoing", "true");
            }
        }
        form.rows.put("window", Math.min(MAX_ROWS, windows.size() + 1));
        return form;
    }

    /** The posted form; {@code addRow} (a group name) shows one more row of that group. */
    static SchemeChangeForm posted(Map<String, String> params) {
        SchemeChangeForm form = new SchemeChangeForm();
        for (String group : GROUPS) {
            int n = count(params.get(group + "Rows"));
            if (group.equals(params.get("addRow"))) {
                n = Math.min(MAX_ROWS, n + 1);
            }
            form.rows.put(group, n);
        }
        SCALARS.forEach(k -> put(form.values, k, params.get(k)));
        for (String group : GROUPS) {
            List<String> fields = group.equals("window") ? new ArrayList<>(WINDOW_FIELDS)
                    : List.of("key", "stated", "amount", "source", "sourceDate");
            if (group.equals("window")) {
                fields.add("ongoing");
            }
            for (int i = 0; i < form.rows.get(group); i++) {
                for (String f : fields) {
                    String key = group + "-" + i + "-" + f;
                    put(form.values, key, params.get(key));
                }
            }
        }
        return form;
    }

    SchemeDraft draft() {
        Function<String, List<FactRow>> facts = group -> {
            List<FactRow> out = new ArrayList<>();
            for (int i = 0; i < rows.get(group); i++) {
                String p = group + "-" + i + "-";
                out.add(new FactRow(get(p + "key"), get(p + "stated"), get(p + "amount"), get(p + "source"),
                        get(p + "sourceDate")));
            }
            return out;
        };
        List<WindowRow> windows = new ArrayList<>();
        for (int i = 0; i < rows.get("window"); i++) {
            String p = "window-" + i + "-";
            windows.add(new WindowRow(get(p + "label"), get(p + "opens"), get(p + "closes"), get(p + "opensStated"),
                    get(p + "closesStated"), values.containsKey(p + "ongoing"), get(p + "budgetStated"),
                    get(p + "budget"), get(p + "source"), get(p + "sourceDate")));
        }
        return new SchemeDraft(get("slug"), get("name"), get("abbreviation"), get("organiser"), get("level"),
                get("regionCode"), get("officialUrl"), get("successorSlug"), get("endedOn"), get("source"),
                get("sourceDate"), facts.apply("fact"), facts.apply("applicant"), facts.apply("purpose"), windows,
                get("reason"), get("changeSource"), get("baseVersion"));
    }

    String get(String key) {
        return values.get(key);
    }

    /** The row indexes of a group, for the template. */
    List<Integer> indexes(String group) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.get(group); i++) {
            out.add(i);
        }
        return out;
    }

    private <K extends Enum<K>> void sourced(String group, Map<K, Sourced> facts) {
        List<Map.Entry<K, Sourced>> entries = facts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        for (int i = 0; i < entries.size(); i++) {
            String p = group + "-" + i + "-";
            Sourced f = entries.get(i).getValue();
            values.put(p + "key", entries.get(i).getKey().name());
            put(values, p + "stated", f.stated());
            put(values, p + "amount", f.amount() == null ? null : f.amount().stripTrailingZeros().toPlainString());
            put(values, p + "source", f.source());
            put(values, p + "sourceDate", f.sourceDate());
        }
        rows.put(group, Math.min(MAX_ROWS, entries.size() + 1));
    }

    private static int count(String value) {
        try {
            int n = value == null ? 1 : Integer.parseInt(value.strip());
            return Math.max(1, Math.min(MAX_ROWS, n));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void put(Map<String, String> map, String key, Object value) {
        if (value != null) {
            String text = value.toString();
            map.put(key, text.length() > 5000 ? text.substring(0, 5000) : text);
        }
    }
}
