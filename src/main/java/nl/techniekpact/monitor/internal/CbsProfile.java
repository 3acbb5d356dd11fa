package nl.techniekpact.monitor.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the figures of one CBS StatLine table become the monitor's indicators: which topic (v3) or measure (v4)
 * fills which indicator and with which unit factor ({@code 1000} for "x 1 000"), which dimension becomes which
 * breakdown, and which codes are the table's totals (stored as the cell without that dimension, so summing over
 * the hierarchical SBI or age categories is never needed).
 */
record CbsProfile(String table, Map<String, Topic> topics, Map<String, String> dimensions,
                  Map<String, Set<String>> totals, Map<String, Set<String>> filter) {

    CbsProfile(String table, Map<String, Topic> topics, Map<String, String> dimensions,
               Map<String, Set<String>> totals) {
        this(table, topics, dimensions, totals, Map.of());
    }

    record Topic(String indicator, BigDecimal factor) {
    }

    /** The tables whose layout is known: those in the platform's external data (see docs/monitor-data-format.md). */
    static final Map<String, CbsProfile> KNOWN = Map.of(
            "83599NED", new CbsProfile("83599NED",
                    Map.of("OpenstaandeVacatures_1", new Topic("openstaande-vacatures", BigDecimal.valueOf(1000))),
                    Map.of("BedrijfstakkenBranchesSBI2008", "sector"),
                    Map.of("BedrijfstakkenBranchesSBI2008", Set.of("T001081"))),
            "80137NED", new CbsProfile("80137NED",
                    Map.of("Totaal_1", new Topic("banen", BigDecimal.valueOf(1000))),
                    Map.of("BedrijfstakkenSBI93", "sector", "Persoonskenmerken", "persoonskenmerk"),
                    Map.of("BedrijfstakkenSBI93", Set.of("99"), "Persoonskenmerken", Set.of("1"))));

    static Optional<CbsProfile> of(String table) {
        return table == null ? Optional.empty()
                : Optional.ofNullable(KNOWN.get(table.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * A profile from a JSON mapping: {@code {"topics": {"M001234": {"indicator": "…", "factor": 1000}},
     * "dimensions": {"Geslacht": "geslacht"}, "totals": {"Geslacht": ["T001038"]},
     * "filter": {"Beroep": ["BRC01", "BRC11"]}}}: {@code filter} keeps only the rows whose code in each named
     * dimension is one of those listed (the occupation classes an indicator is about).
     */
    static CbsProfile fromJson(String table, String json, String file) {
        try {
            var tree = nl.techniekpact.shared.Json.MAPPER.readTree(json);
            Map<String, Topic> topics = new java.util.LinkedHashMap<>();
            tree.path("topics").properties().forEach(e -> topics.put(e.getKey(), new Topic(
                    e.getValue().path("indicator").asString(), e.getValue().has("factor")
                    ? e.getValue().path("factor").decimalValue() : BigDecimal.ONE)));
            Map<String, String> dimensions = new java.util.LinkedHashMap<>();
            tree.path("dimensions").properties().forEach(e -> dimensions.put(e.getKey(), e.getValue().asString()));
            Map<String, Set<String>> totals = codeSets(tree.path("totals"));
            Map<String, Set<String>> filter = codeSets(tree.path("filter"));
            if (topics.isEmpty() || topics.values().stream().anyMatch(t -> t.indicator().isBlank())) {
                throw new IllegalArgumentException("no topics");
            }
            return new CbsProfile(table, topics, dimensions, totals, filter);
        } catch (RuntimeException e) {
            throw new ImportFailed(List.of(nl.techniekpact.importers.ImportError.of(file, 0, 0,
                    nl.techniekpact.importers.ImportError.Code.BAD_MAPPING, "topics")), 0);
        }
    }

    private static Map<String, Set<String>> codeSets(tools.jackson.databind.JsonNode node) {
        Map<String, Set<String>> sets = new java.util.LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException(e.getKey());
            }
            Set<String> codes = new java.util.LinkedHashSet<>();
            e.getValue().forEach(code -> codes.add(code.asString().strip()));
            sets.put(e.getKey(), codes);
        });
        return sets;
    }

    /** Whether a row with these dimension codes passes the filter (no filter: every row). */
    boolean keeps(Map<String, String> breakdown) {
        return filter.entrySet().stream().allMatch(f -> f.getValue().contains(breakdown.get(f.getKey())));
    }

    boolean isTotal(String dimension, String code) {
        return totals.getOrDefault(dimension, Set.of()).contains(code);
    }
}
