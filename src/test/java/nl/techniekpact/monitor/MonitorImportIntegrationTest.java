package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.HBO;
import static nl.techniekpact.monitor.MonitorFixtures.MBO;
import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.external;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static nl.techniekpact.monitor.MonitorFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real DUO and CBS files through the platform's imports: totals for the Netherlands and every province
 * equal totals computed here directly from the file; a second import of the same file changes nothing; a
 * changed value becomes a revision.
 */
@PlatformIntegrationTest
class MonitorImportIntegrationTest {

    @Autowired
    MonitorImports imports;
    @Autowired
    Monitor monitor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void crosswalkGivesMunicipalitiesAndRegionsPerYear() {
        MonitorFixtures.loadCrosswalk(imports);
        assertThat(monitor.geographies(Geography.Kind.LABOUR_MARKET_REGION)).hasSize(35);
        assertThat(monitor.geographies(Geography.Kind.PROVINCE)).hasSize(12);
        assertThat(jdbc.sql("""
                select count(distinct m.code) from geography_membership gm join geography m on m.id = gm.municipality_id
                 where gm.year = 2026""").query(Integer.class).single()).isEqualTo(342);
        // Appingedam merged into Eemsdelta in 2021: in the 2020 classification, not in 2021.
        assertThat(memberOf("GM0003", 2020)).contains("PV20", "AM01", "LD01", "TL01");
        assertThat(memberOf("GM0003", 2021)).isEmpty();
        // Labour-market regions do not nest in provinces: Assen is Drenthe but AM01 Groningen.
        assertThat(memberOf("GM0106", 2019)).contains("PV22", "AM01");
    }

    @Test
    void hboTotalsPerProvinceAndForTheNetherlandsEqualTheFile() throws IOException {
        MonitorFixtures.loadHbo(imports);
        List<String[]> rows = csv(HBO);
        String[] header = rows.getFirst();
        int province = index(header, "PROVINCIE");
        int croho = index(header, "CROHO ONDERDEEL");
        int gender = index(header, "GESLACHT");
        Map<String, Map<Integer, Double>> expected = new HashMap<>();
        Map<Integer, double[]> women = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length < header.length || !row[croho].equals("techniek")) {
                continue;
            }
            for (int year = 2015; year <= 2019; year++) {
                String cell = row[index(header, String.valueOf(year))].strip();
                if (cell.isEmpty() || cell.startsWith("<")) {
                    continue;
                }
                double value = Double.parseDouble(cell);
                expected.computeIfAbsent(row[province], k -> new HashMap<>()).merge(year, value, Double::sum);
                expected.computeIfAbsent("Nederland", k -> new HashMap<>()).merge(year, value, Double::sum);
                double[] share = women.computeIfAbsent(year, k -> new double[2]);
                share[1] += value;
                if (row[gender].equals("vrouw")) {
                    share[0] += value;
                }
            }
        }
        Map<String, String> codes = new HashMap<>(Map.of("Nederland", "NL01", "Friesland", "PV21"));
        monitor.geographies(Geography.Kind.PROVINCE).forEach(g -> codes.putIfAbsent(g.name(), g.code()));
        assertThat(expected).hasSize(13);
        expected.forEach((name, perYear) -> {
            Series series = monitor.series("ho-eerstejaars-techniek", codes.get(name), Map.of("niveau", "hbo"));
            perYear.forEach((year, total) -> assertThat(value(series, year + "/" + (year + 1)))
                    .as("%s %d", name, year).isEqualTo(total));
        });
        Series share = monitor.series("ho-aandeel-vrouwen-techniek", "NL01", Map.of());
        women.forEach((year, s) -> assertThat(value(share, year + "/" + (year + 1)))
                .isCloseTo(100 * s[0] / s[1], within(1e-9)));
        Series womenOnly = monitor.series("ho-eerstejaars-techniek", "NL01", Map.of("geslacht", "vrouw"));
        assertThat(value(womenOnly, "2019/2020")).isEqualTo(women.get(2019)[0]);
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        MonitorFixtures.loadHbo(imports);
        int before = jdbc.sql("select count(*) from observation").query(Integer.class).single();
        ImportJob again = done(imports.run(request(ImportFormat.DUO, "hbo-eerstejaars", file(HBO)), Actor.system("test")));
        assertThat(again.cellsInserted()).isZero();
        assertThat(again.cellsRevised()).isZero();
        assertThat(again.cellsUnchanged()).isPositive();
        assertThat(jdbc.sql("select count(*) from observation").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void mboNationalTotalsEqualTheFile() throws IOException {
        MonitorFixtures.loadMbo(imports);
        List<String[]> rows = csv(MBO);
        String[] header = rows.getFirst();
        int sector = index(header, "MBO SECTOR");
        Map<Integer, double[]> expected = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length < header.length) {
                continue;
            }
            for (int year = 2015; year <= 2019; year++) {
                String cell = row[index(header, "TOTAAL" + year)].strip();
                if (cell.isEmpty()) {
                    continue;
                }
                double value = Double.parseDouble(cell);
                double[] sums = expected.computeIfAbsent(year, k -> new double[2]);
                sums[1] += value;
                if (row[sector].equals("techniek")) {
                    sums[0] += value;
                }
            }
        }
        Series count = monitor.series("mbo-deelnemers-techniek", "NL01", Map.of());
        Series share = monitor.series("mbo-aandeel-techniek", "NL01", Map.of());
        expected.forEach((year, s) -> {
            assertThat(value(count, year + "/" + (year + 1))).isEqualTo(s[0]);
            assertThat(value(share, year + "/" + (year + 1))).isCloseTo(100 * s[0] / s[1], within(1e-9));
        });
        // Shares of provinces are sums of numerators over sums of denominators, never averages.
        SeriesPoint holland = monitor.series("mbo-aandeel-techniek", "PV28", Map.of()).points().getLast();
        assertThat(holland.value()).isCloseTo(100 * holland.numerator() / holland.denominator(), within(1e-9));
    }

    @Test
    void cbsVacanciesKeepTheirRegionsAndTotals() {
        MonitorFixtures.loadVacancies(imports);
        Series series = monitor.series("openstaande-vacatures", "NL01", Map.of());
        assertThat(series.points().getFirst().period()).isEqualTo("2011KW01");
        // "   135.5" thousand in the file, total over all sectors (T001081).
        assertThat(series.points().getFirst().value()).isEqualTo(135_500.0);
        assertThat(monitor.comparison("openstaande-vacatures", Geography.Kind.PROVINCE, "2019KW01", Map.of()).rows())
                .hasSize(12).allMatch(r -> r.value() != null);
    }

    @Test
    void aChangedValueBecomesARevisionWithTheOldValueKept() {
        MonitorFixtures.loadVacancies(imports);
        String page = new String(file(MonitorFixtures.CBS_DIR + "/tables_2.json").content(), StandardCharsets.UTF_8);
        String changed = page.replaceFirst("\"   135\\.5\"", "\"   136.0\"");
        assertThat(changed).isNotEqualTo(page);
        ImportJob job = done(imports.run(request(ImportFormat.CBS_ODATA3, "83599NED",
                new ImportRequest.File("tables_2.json", changed.getBytes(StandardCharsets.UTF_8)),
                file(MonitorFixtures.CBS_DIR + "/tables_3.json")), Actor.system("test")));
        assertThat(job.cellsRevised()).isEqualTo(1);
        assertThat(monitor.series("openstaande-vacatures", "NL01", Map.of()).points().getFirst().value())
                .isEqualTo(136_000.0);
        assertThat(jdbc.sql("select value from observation_revision where superseded_by = ?").param(job.id())
                .query(Double.class).list()).containsExactly(135_500.0);
        // Back to the published file: another revision, the history keeps both.
        MonitorFixtures.loadVacancies(imports);
        assertThat(monitor.series("openstaande-vacatures", "NL01", Map.of()).points().getFirst().value())
                .isEqualTo(135_500.0);
    }

    private List<String> memberOf(String municipality, int year) {
        return jdbc.sql("""
                select p.code from geography_membership gm join geography m on m.id = gm.municipality_id
                  join geography p on p.id = gm.parent_id where m.code = ? and gm.year = ? order by p.code""")
                .params(municipality, year).query(String.class).list();
    }

    private static Double value(Series series, String period) {
        return series.points().stream().filter(p -> p.period().equals(period)).map(SeriesPoint::value).findFirst()
                .orElse(null);
    }

    private static List<String[]> csv(String relative) throws IOException {
        return Files.readAllLines(external(relative), StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("\uFEFF", ""))
                .filter(l -> !l.isBlank() && !l.equals("\"\""))
                .map(l -> l.split(";", -1)).toList();
    }

    private static int index(String[] header, String name) {
        int i = Arrays.asList(header).indexOf(name);
        assertThat(i).as(name).isNotNegative();
        return i;
    }
}
