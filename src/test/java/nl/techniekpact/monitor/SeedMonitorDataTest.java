package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.techniekpact.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The monitor's seed files (seed-indicators.yaml, targets.yaml, seed-observations.yaml) against
 * docs/monitor-data-format.md, the pact files and the seed documents: fields, codes, units, periods, regions and
 * refs are valid, every quote is a contiguous piece of its seed, and every number recorded is written in its quote.
 * Only the quote comparison needs ../shared/seeds; it is skipped with a message where the folder is absent.
 */
class SeedMonitorDataTest {

    /** Indicators defined in indicators.yaml (fed by the importers), which the seed files may use. */
    static final Set<String> EXTERNAL_INDICATORS = Set.of("ho-eerstejaars-techniek", "ho-gediplomeerden-techniek",
            "ho-aandeel-vrouwen-techniek", "mbo-deelnemers-techniek", "mbo-aandeel-techniek",
            "werkzame-beroepsbevolking-techniek-ict");

    static final Set<String> SEEDS = Set.of("000", "001", "002", "003", "004");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern PERIOD = Pattern.compile("\\d{4}/\\d{4}|\\d{4}(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2]))");
    static final Set<String> KINDS = Set.of("COUNT", "SHARE");
    static final Map<String, Set<String>> UNITS = Map.of(
            "COUNT", Set.of("PERSONS", "JOBS", "SCHOOLS", "OTHER"),
            "SHARE", Set.of("PERCENT", "FRACTION"));
    static final Set<String> DIRECTIONS = Set.of("HIGHER", "LOWER");
    static final Set<String> THEMES = Set.of("kiezen", "leren", "werken");
    static final Set<String> NIVEAUS = Set.of("vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo", "mbo", "mbo-1", "mbo-2",
            "mbo-3", "mbo-4", "hbo", "wo", "po", "vo");
    /** Breakdown dimensions with fixed values; the others (sector, migratieachtergrond, profiel) take slugs. */
    static final Map<String, Set<String>> DIMENSIONS = Map.of(
            "geslacht", Set.of("man", "vrouw"),
            "niveau", NIVEAUS,
            "opleidingsvorm", Set.of("voltijd", "deeltijd", "duaal"),
            "sector", Set.of(),
            "migratieachtergrond", Set.of(),
            "profiel", Set.of());

    static final Set<String> INDICATOR_FIELDS = Set.of("code", "name", "definition", "kind", "unit", "direction",
            "source", "breakdowns", "themes", "links", "notes");
    static final Set<String> TARGET_FIELDS = Set.of("indicator", "region", "breakdown", "baseline", "target", "source",
            "notes");
    static final Set<String> OBSERVATION_FIELDS = Set.of("indicator", "region", "period", "breakdown", "value",
            "numerator", "denominator", "provisional", "source", "notes");

    static final ObjectMapper YAML = YAMLMapper.builder().build();

    static JsonNode indicatorsFile;
    static JsonNode targetsFile;
    static JsonNode observationsFile;
    static Map<String, JsonNode> indicators;
    static Set<String> pactIds;
    static Set<String> regionCodes;

    @BeforeAll
    static void readFiles() {
        indicatorsFile = read("monitor/seed-indicators.yaml");
        targetsFile = read("monitor/targets.yaml");
        observationsFile = read("monitor/seed-observations.yaml");
        indicators = new TreeMap<>();
        for (JsonNode indicator : indicatorsFile.path("indicators")) {
            indicators.put(indicator.path("code").asString(""), indicator);
        }
        pactIds = new HashSet<>();
        for (String edition : List.of("pact/edition-2013.yaml", "pact/edition-2016.yaml", "pact/edition-2018.yaml")) {
            JsonNode file = read(edition);
            for (String list : List.of("actions", "goals", "themes")) {
                file.path(list).forEach(item -> pactIds.add(item.path("id").asString("")));
            }
        }
        regionCodes = new HashSet<>();
        read("pact/regions.yaml").path("regions").forEach(r -> regionCodes.add(r.path("code").asString("")));
    }

    static JsonNode read(String resource) {
        try (InputStream in = SeedMonitorDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> targets() {
        return list(targetsFile.path("targets"));
    }

    static List<JsonNode> observations() {
        return list(observationsFile.path("observations"));
    }

    /** Targets and observations: every entry that carries a quote. */
    static List<JsonNode> entries() {
        List<JsonNode> all = new ArrayList<>(targets());
        all.addAll(observations());
        return all;
    }

    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> result = new ArrayList<>();
        node.forEach(result::add);
        return result;
    }

    static String describe(JsonNode entry) {
        JsonNode source = entry.path("source");
        return entry.path("indicator").asString("?") + " " + entry.path("region").asString("?") + " "
                + entry.path("period").asString("") + " " + entry.path("breakdown") + " (seed "
                + source.path("seed").asString("?") + ": " + source.path("quote").asString("") + ")";
    }

    /** Whether the entry has a note "Ambiguity: … {@code what} … left out" explaining a missing field. */
    static boolean explains(JsonNode entry, String what) {
        Pattern pattern = Pattern.compile("(?i)\\b" + Pattern.quote(what) + "\\b[^.]*left out");
        for (JsonNode note : entry.path("notes")) {
            String text = note.asString("");
            if (text.startsWith("Ambiguity:") && pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    @Test
    void everyFileParsesAndHoldsOnlyTheFormatsFields() {
        assertThat(indicatorsFile.propertyNames()).containsExactly("indicators");
        assertThat(targetsFile.propertyNames()).containsExactly("targets");
        assertThat(observationsFile.propertyNames()).containsExactly("observations");
        assertThat(indicatorsFile.path("indicators").size()).isPositive();
        assertThat(targets()).isNotEmpty();
        assertThat(observations()).isNotEmpty();

        for (JsonNode indicator : indicatorsFile.path("indicators")) {
            assertThat(INDICATOR_FIELDS).as("fields of %s", indicator.path("code")).containsAll(indicator.propertyNames());
        }
        for (JsonNode target : targets()) {
            assertThat(TARGET_FIELDS).as(describe(target)).containsAll(target.propertyNames());
            assertThat(target.path("target").isObject()).as(describe(target)).isTrue();
            assertThat(Set.of("value", "year")).as(describe(target)).containsAll(target.path("target").propertyNames());
            if (target.has("baseline")) {
                assertThat(Set.of("period", "value")).as(describe(target))
                        .containsAll(target.path("baseline").propertyNames());
            }
            assertThat(Set.of("seed", "ref", "quote")).as(describe(target))
                    .containsAll(target.path("source").propertyNames());
        }
        for (JsonNode observation : observations()) {
            assertThat(OBSERVATION_FIELDS).as(describe(observation)).containsAll(observation.propertyNames());
            assertThat(Set.of("seed", "table", "quote")).as(describe(observation))
                    .containsAll(observation.path("source").propertyNames());
            assertThat(observation.path("provisional").isBoolean()).as(describe(observation)).isTrue();
        }
        for (JsonNode entry : entries()) {
            assertThat(entry.path("notes").isArray()).as(describe(entry)).isTrue();
            entry.path("notes").forEach(n -> assertThat(n.isString()).as(describe(entry)).isTrue());
        }
    }

    @Test
    void indicatorsAreUniqueAndWellFormed() {
        List<String> codes = list(indicatorsFile.path("indicators")).stream()
                .map(i -> i.path("code").asString("")).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> SLUG.matcher(c).matches(), "is a lowercase slug");
        assertThat(codes).as("codes defined in indicators.yaml").doesNotContainAnyElementsOf(EXTERNAL_INDICATORS);

        for (JsonNode indicator : indicators.values()) {
            String code = indicator.path("code").asString();
            for (String field : List.of("name", "definition")) {
                assertThat(indicator.path(field).path("nl").asString("")).as("%s %s.nl", code, field).isNotBlank();
                assertThat(indicator.path(field).path("en").asString("")).as("%s %s.en", code, field).isNotBlank();
            }
            String kind = indicator.path("kind").asString("");
            assertThat(KINDS).as("%s kind", code).contains(kind);
            assertThat(UNITS.get(kind)).as("%s unit for %s", code, kind).contains(indicator.path("unit").asString(""));
            if (present(indicator, "direction")) {
                assertThat(DIRECTIONS).as("%s direction", code).contains(indicator.path("direction").asString(""));
            } else {
                assertThat(explains(indicator, "direction")).as("%s: no direction needs an Ambiguity note", code)
                        .isTrue();
            }
            assertThat(indicator.path("source").asString("")).as("%s source", code).startsWith("seed 00");
            indicator.path("breakdowns").forEach(b -> assertThat(DIMENSIONS).as("%s breakdown", code)
                    .containsKey(b.asString("")));
            assertThat(indicator.path("themes").size()).as("%s themes", code).isPositive();
            indicator.path("themes").forEach(t -> assertThat(THEMES).as("%s theme", code).contains(t.asString("")));
            indicator.path("links").forEach(l -> assertThat(pactIds).as("%s link", code).contains(l.asString("")));
            assertThat(indicator.path("notes").isArray()).as("%s notes", code).isTrue();
        }
    }

    @Test
    void everyIndicatorIsDefinedAndUsed() {
        Set<String> used = new LinkedHashSet<>();
        for (JsonNode entry : entries()) {
            String code = entry.path("indicator").asString("");
            used.add(code);
            assertThat(indicators.containsKey(code) || EXTERNAL_INDICATORS.contains(code))
                    .as("indicator of %s is defined in seed-indicators.yaml or indicators.yaml", describe(entry))
                    .isTrue();
        }
        assertThat(used).as("every seed indicator has a target or a figure").containsAll(indicators.keySet());
    }

    @Test
    void regionsRefsAndBreakdownsAreValid() {
        assertThat(regionCodes).contains("NL01", "TL01", "TL05", "PV20", "PV31");
        for (JsonNode entry : entries()) {
            assertThat(regionCodes).as(describe(entry)).contains(entry.path("region").asString(""));
            assertThat(SEEDS).as(describe(entry)).contains(entry.path("source").path("seed").asString(""));
            assertThat(entry.path("source").path("quote").asString("")).as(describe(entry)).isNotBlank();

            JsonNode indicator = indicators.get(entry.path("indicator").asString(""));
            Set<String> declared = new HashSet<>();
            if (indicator != null) {
                indicator.path("breakdowns").forEach(b -> declared.add(b.asString()));
            }
            for (Map.Entry<String, JsonNode> cell : entry.path("breakdown").properties()) {
                String dimension = cell.getKey();
                String value = cell.getValue().asString("");
                assertThat(DIMENSIONS).as(describe(entry)).containsKey(dimension);
                if (indicator != null) {
                    assertThat(declared).as("dimension declared by the indicator: " + describe(entry))
                            .contains(dimension);
                }
                if (DIMENSIONS.get(dimension).isEmpty()) {
                    assertThat(value).as(describe(entry)).matches(SLUG);
                } else {
                    assertThat(DIMENSIONS.get(dimension)).as(describe(entry)).contains(value);
                }
            }
        }
        for (JsonNode target : targets()) {
            JsonNode source = target.path("source");
            if (present(source, "ref")) {
                assertThat(pactIds).as(describe(target)).contains(source.path("ref").asString(""));
            } else {
                assertThat(explains(target, "ref")).as("no ref needs an Ambiguity note: " + describe(target)).isTrue();
            }
        }
    }

    @Test
    void periodsAndYearsAreValidOrExplained() {
        for (JsonNode observation : observations()) {
            if (present(observation, "period")) {
                assertThat(observation.path("period").asString("")).as(describe(observation)).matches(PERIOD);
            } else {
                assertThat(explains(observation, "period")).as("no period needs an Ambiguity note: "
                        + describe(observation)).isTrue();
            }
        }
        for (JsonNode target : targets()) {
            JsonNode goal = target.path("target");
            if (present(goal, "year")) {
                assertThat(goal.path("year").isIntegralNumber()).as(describe(target)).isTrue();
                assertThat(goal.path("year").asInt()).as(describe(target)).isBetween(2013, 2035);
            } else {
                assertThat(explains(target, "year")).as("no year needs an Ambiguity note: " + describe(target))
                        .isTrue();
            }
            if (!present(goal, "value")) {
                assertThat(explains(target, "value")).as("no value needs an Ambiguity note: " + describe(target))
                        .isTrue();
            }
            if (target.has("baseline")) {
                JsonNode baseline = target.path("baseline");
                assertThat(present(baseline, "value")).as(describe(target)).isTrue();
                if (present(baseline, "period")) {
                    assertThat(baseline.path("period").asString("")).as(describe(target)).matches(PERIOD);
                } else {
                    assertThat(explains(target, "period")).as("no baseline period needs an Ambiguity note: "
                            + describe(target)).isTrue();
                }
            }
        }
    }

    @Test
    void valuesFitTheirIndicatorsUnit() {
        for (JsonNode observation : observations()) {
            boolean hasValue = present(observation, "value");
            boolean hasRatio = present(observation, "numerator") || present(observation, "denominator");
            assertThat(hasValue || hasRatio).as(describe(observation)).isTrue();
            JsonNode indicator = indicators.get(observation.path("indicator").asString(""));
            if (hasRatio) {
                assertThat(present(observation, "numerator") && present(observation, "denominator"))
                        .as(describe(observation)).isTrue();
                if (indicator != null) {
                    assertThat(indicator.path("kind").asString()).as(describe(observation)).isEqualTo("SHARE");
                }
            }
            if (hasValue) {
                checkValue(indicator, observation.path("value"), observation);
            }
        }
        for (JsonNode target : targets()) {
            JsonNode indicator = indicators.get(target.path("indicator").asString(""));
            if (present(target.path("target"), "value")) {
                checkValue(indicator, target.path("target").path("value"), target);
            }
            if (present(target.path("baseline"), "value")) {
                checkValue(indicator, target.path("baseline").path("value"), target);
            }
        }
    }

    private static void checkValue(JsonNode indicator, JsonNode value, JsonNode entry) {
        assertThat(value.isNumber()).as(describe(entry)).isTrue();
        BigDecimal number = value.decimalValue();
        assertThat(number.signum()).as(describe(entry)).isNotNegative();
        if (indicator == null) {
            return; // defined in indicators.yaml; its unit is checked there
        }
        String unit = indicator.path("unit").asString();
        switch (unit) {
            case "PERCENT" -> assertThat(number).as(describe(entry)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            case "FRACTION" -> assertThat(number).as(describe(entry)).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            case "PERSONS", "JOBS", "SCHOOLS" -> assertThat(number.stripTrailingZeros().scale())
                    .as("a whole number: " + describe(entry)).isLessThanOrEqualTo(0);
            default -> {
            }
        }
    }

    @Test
    void everyNumberIsWrittenInItsQuote() {
        for (JsonNode target : targets()) {
            String quote = target.path("source").path("quote").asString("");
            for (JsonNode value : List.of(target.path("target").path("value"), target.path("baseline").path("value"))) {
                if (value.isNumber()) {
                    assertThat(SeedQuotes.writes(quote, value.decimalValue()))
                            .as("%s is written in the quote of %s; the quote writes %s", value, describe(target),
                                    SeedQuotes.numbers(quote))
                            .isTrue();
                }
            }
        }
        for (JsonNode observation : observations()) {
            String quote = observation.path("source").path("quote").asString("");
            for (String field : List.of("value", "numerator", "denominator")) {
                JsonNode value = observation.path(field);
                if (value.isNumber()) {
                    assertThat(SeedQuotes.writes(quote, value.decimalValue()))
                            .as("%s %s is written in the quote of %s; the quote writes %s", field, value,
                                    describe(observation), SeedQuotes.numbers(quote))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyQuoteIsTheSeedsText() {
        Map<String, String> seeds = new HashMap<>();
        for (String seed : SEEDS) {
            seeds.put(seed, SeedQuotes.normalize(SharedFiles.seed(seed)));
        }
        List<String> missing = entries().stream()
                .filter(e -> !SeedQuotes.isIn(e.path("source").path("quote").asString(""),
                        seeds.get(e.path("source").path("seed").asString(""))))
                .map(SeedMonitorDataTest::describe)
                .toList();
        assertThat(missing).as("quotes not found in their seed").isEmpty();
        assertThat(SeedQuotes.isIn("van 45% naar 60% in 2015", seeds.get("004"))).isFalse();
    }

    @Test
    void observationsAreNotRecordedTwice() {
        Function<JsonNode, String> key = o -> String.join("|", o.path("indicator").asString(""),
                o.path("region").asString(""), o.path("period").asString("-"),
                new TreeMap<>(o.path("breakdown").properties().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()))).toString(),
                o.path("source").path("seed").asString(""),
                // figures without a period are told apart by their quote (e.g. a baseline and a 'huidige stand')
                present(o, "period") ? "" : o.path("source").path("quote").asString(""));
        assertThat(observations().stream().map(key).toList()).doesNotHaveDuplicates();
    }

    @Test
    void numbersAreReadAsTheSeedsWriteThem() {
        assertThat(SeedQuotes.numbers("om in vier jaar tijd 36.000 extra ICT professionals op te leiden"))
                .contains(new BigDecimal("36000"), new BigDecimal("4")).doesNotContain(new BigDecimal("36"));
        assertThat(SeedQuotes.writes("Er zijn bijna 108 duizend bbl-studenten", new BigDecimal("108000"))).isTrue();
        assertThat(SeedQuotes.writes("De ambitie naar vier op de tien blijft", new BigDecimal("40"))).isTrue();
        assertThat(SeedQuotes.writes("een werkgelegenheidsgroei van 0,8 procent", new BigDecimal("0.8"))).isTrue();
        assertThat(SeedQuotes.writes("van 45% naar 55% in 2015", new BigDecimal("55.0"))).isTrue();
        assertThat(SeedQuotes.writes("van 45% naar 55% in 2015", new BigDecimal("50"))).isFalse();
        assertThat(SeedQuotes.writes("18.6 miljoen euro", new BigDecimal("186"))).isFalse();
        assertThat(SeedQuotes.normalize("vmbo-leerlin-\ngen  <p>in</p> [de](#) *klas*"))
                .isEqualTo(SeedQuotes.normalize("vmbo-leerlingen in de klas"));
    }
}
