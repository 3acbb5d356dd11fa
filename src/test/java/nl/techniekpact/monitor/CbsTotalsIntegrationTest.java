package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.CBS_DIR;
import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table's own total row is never added to its parts: a question that does not name a breakdown reads the
 * total cell. Checked on a mapped CSV shaped like the CBS table that gave 19.1 million employed in technical
 * and ICT occupations (total + parts, twice the Dutch labour force), and on the real recorded CBS files.
 * Expected figures are computed here from the files themselves.
 */
@PlatformIntegrationTest
class CbsTotalsIntegrationTest {

    private static final String INDICATOR = "werkzame-beroepsbevolking-techniek-ict";
    /** Occupation classes (x 1 000) of one year; the parts add up to "Totaal", as in a complete CBS table. */
    private static final String[][] CLASSES = {
            {"Totaal", "9552", "4300"}, {"Pedagogische beroepen", "622", "447"},
            {"Creatieve en taalkundige beroepen", "240", "120"}, {"Commerciële beroepen", "1020", "470"},
            {"Bedrijfseconomische en administratieve beroepen", "1593", "846"},
            {"Managers", "530", "160"}, {"Openbaar bestuur, veiligheid en juridische beroepen", "260", "104"},
            {"Technische beroepen", "1115", "89"}, {"ICT beroepen", "430", "64"},
            {"Agrarische beroepen", "190", "50"}, {"Zorg en welzijn beroepen", "1480", "1230"},
            {"Dienstverlenende beroepen", "1200", "570"}, {"Transport en logistiek beroepen", "560", "80"},
            {"Beroepsklasse onbekend", "312", "70"}};

    @Autowired
    MonitorImports imports;
    @Autowired
    Monitor monitor;

    /** The CSV: per occupation class the total over men and women and the women ("Totaal" rows included). */
    private static String occupations(int year) {
        StringBuilder csv = new StringBuilder("Regio;Perioden;Beroepsklasse;Geslacht;Werkzame beroepsbevolking (x 1 000)\r\n");
        for (String[] row : CLASSES) {
            csv.append("NL01;").append(year).append(';').append(row[0]).append(";Totaal;").append(row[1]).append("\r\n");
            csv.append("NL01;").append(year).append(';').append(row[0]).append(";Vrouwen;").append(row[2]).append("\r\n");
        }
        return csv.toString();
    }

    private ImportJob importCsv(String csv, String mapping) {
        return imports.run(new ImportRequest(ImportFormat.CSV, List.of(new ImportRequest.File("beroepen.csv",
                csv.getBytes(StandardCharsets.UTF_8))), null, mapping, "CBS", null, false), Actor.system("test"));
    }

    private double value(String indicator, String region, String period, Map<String, String> filter) {
        return monitor.series(indicator, region, filter).points().stream().filter(p -> p.period().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no " + period)).value();
    }

    @Test
    void aMappedTablesOwnTotalRowIsTheTotalNotOneMorePart() {
        String csv = occupations(2015);
        done(importCsv(csv, """
                {"indicator": "%s", "region": "Regio", "period": "Perioden",
                 "value": "Werkzame beroepsbevolking (x 1 000)", "unitFactor": 1000,
                 "breakdowns": {"beroepsklasse": "Beroepsklasse", "geslacht": "Geslacht"}}""".formatted(INDICATOR)));
        double total = 0;
        double everything = 0;
        double women = 0;
        for (String line : csv.lines().skip(1).toList()) {
            String[] cells = line.split(";");
            double thousands = Double.parseDouble(cells[4]) * 1000;
            everything += thousands;
            if (cells[2].equals("Totaal") && cells[3].equals("Totaal")) {
                total = thousands;
            }
            if (cells[2].equals("Totaal") && cells[3].equals("Vrouwen")) {
                women = thousands;
            }
        }
        // Total + parts over both genders' totals is what the old import answered: twice the labour force.
        assertThat(everything).isGreaterThan(2 * total);
        assertThat(value(INDICATOR, "NL01", "2015JJ00", Map.of())).isEqualTo(total).isEqualTo(9_552_000.0);
        assertThat(value(INDICATOR, "NL01", "2015JJ00", Map.of("geslacht", "Vrouwen"))).isEqualTo(women);
        assertThat(value(INDICATOR, "NL01", "2015JJ00", Map.of("beroepsklasse", "ICT beroepen"))).isEqualTo(430_000.0);
    }

    @Test
    void aFilterKeepsOnlyTheOccupationClassesAnIndicatorIsAbout() {
        String csv = occupations(2016);
        done(importCsv(csv, """
                {"indicator": "%s", "region": "Regio", "period": "Perioden",
                 "value": "Werkzame beroepsbevolking (x 1 000)", "unitFactor": 1000,
                 "breakdowns": {"beroepsklasse": "Beroepsklasse", "geslacht": "Geslacht"},
                 "totals": {"geslacht": ["totaal"]},
                 "filter": {"Beroepsklasse": ["Technische beroepen", "ICT beroepen"]}}""".formatted(INDICATOR)));
        double technicalAndIct = csv.lines().skip(1).map(l -> l.split(";"))
                .filter(c -> (c[2].equals("Technische beroepen") || c[2].equals("ICT beroepen")) && c[3].equals("Totaal"))
                .mapToDouble(c -> Double.parseDouble(c[4]) * 1000).sum();
        assertThat(value(INDICATOR, "NL01", "2016JJ00", Map.of())).isEqualTo(technicalAndIct).isEqualTo(1_545_000.0);
    }

    @Test
    void realVacancyTableRecognisesTheCbsTotalKeyWithoutBeingTold() throws Exception {
        String mapping = """
                {"topics": {"OpenstaandeVacatures_1": {"indicator": "openstaande-vacatures", "factor": 1000}},
                 "dimensions": {"BedrijfstakkenBranchesSBI2008": "sector"}}""";
        done(imports.run(new ImportRequest(ImportFormat.CBS_ODATA3, List.of(file(CBS_DIR + "/tables_2.json"),
                file(CBS_DIR + "/tables_3.json")), "83599NED", mapping, null, null, false), Actor.system("test")));
        // From the file: the T001081 (all activities) row for NL01 in 2019KW01, and the sum over every sector.
        BigDecimal total = null;
        BigDecimal allRows = BigDecimal.ZERO;
        for (JsonNode row : rows("tables_2.json", "tables_3.json")) {
            if (row.path("RegioS").asString().strip().equals("NL01") && row.path("Perioden").asString().equals("2019KW01")
                    && !row.path("OpenstaandeVacatures_1").asString().isBlank()) {
                BigDecimal thousands = new BigDecimal(row.path("OpenstaandeVacatures_1").asString().strip());
                allRows = allRows.add(thousands);
                if (row.path("BedrijfstakkenBranchesSBI2008").asString().strip().equals("T001081")) {
                    total = thousands;
                }
            }
        }
        assertThat(total).isNotNull();
        assertThat(allRows).isGreaterThan(total);
        assertThat(value("openstaande-vacatures", "NL01", "2019KW01", Map.of()))
                .isEqualTo(total.multiply(BigDecimal.valueOf(1000)).doubleValue());
    }

    @Test
    void realJobsTableRecognisesTheTotalByItsTitle() throws Exception {
        // Only the SBI total is named; Persoonskenmerken "1 " is known as the total by its title "Totaal".
        String mapping = """
                {"topics": {"Totaal_1": {"indicator": "banen", "factor": 1000}},
                 "dimensions": {"BedrijfstakkenSBI93": "sector", "Persoonskenmerken": "persoonskenmerk"},
                 "totals": {"BedrijfstakkenSBI93": ["99"]}}""";
        done(imports.run(new ImportRequest(ImportFormat.CBS_ODATA3, List.of(file(CBS_DIR + "/meta_4.json"),
                file(CBS_DIR + "/meta_5.json"), file(CBS_DIR + "/meta_6.json"), file(CBS_DIR + "/meta_7.json"),
                file(CBS_DIR + "/meta_8.json")), "80137NED", mapping, null, null, false), Actor.system("test")));
        double expected = 0;
        double sum = 0;
        for (JsonNode row : rows("meta_8.json")) {
            if (row.path("Perioden").asString().equals("2003JJ00") && row.path("Totaal_1").isNumber()) {
                sum += row.path("Totaal_1").asDouble();
                if (row.path("Persoonskenmerken").asString().strip().equals("1")
                        && row.path("BedrijfstakkenSBI93").asString().strip().equals("99")) {
                    expected = row.path("Totaal_1").asDouble() * 1000;
                }
            }
        }
        assertThat(sum * 1000).isGreaterThan(2 * expected);
        assertThat(value("banen", "NL01", "2003JJ00", Map.of())).isEqualTo(expected);
    }

    private static List<JsonNode> rows(String... files) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String name : files) {
            JsonMapper.builder().build().readTree(file(CBS_DIR + "/" + name).content()).path("value").forEach(rows::add);
        }
        return rows;
    }
}
