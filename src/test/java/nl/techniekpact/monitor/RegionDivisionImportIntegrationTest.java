package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.HBO;
import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.external;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static nl.techniekpact.monitor.MonitorFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Regioatlas 2016 school divisions through the region-division import: regions and memberships per year,
 * carried through the mergers; all-or-nothing, idempotent, audited; the crosswalk import and this import never
 * remove each other's memberships; DUO figures summed into the RMC regions equal sums computed here from the files.
 */
@PlatformIntegrationTest
class RegionDivisionImportIntegrationTest {

    @Autowired
    MonitorImports imports;
    @Autowired
    Monitor monitor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheThreeDivisionsWithMembershipsCarriedThroughTheMergers() {
        ImportJob job = RegionDivisionFixtures.load(imports);

        assertThat(monitor.geographies(Geography.Kind.RMC_REGION)).hasSize(39)
                .contains(new Geography("RMC21", Geography.Kind.RMC_REGION, "Agglomeratie Amsterdam"));
        assertThat(monitor.geographies(Geography.Kind.SWV_VO)).hasSize(74);
        assertThat(monitor.geographies(Geography.Kind.SWV_PO)).hasSize(76);
        assertThat(members("RMC_REGION", 2016)).isEqualTo(390);
        // De Fryske Marren lies in four vo partnerships: no vo membership, so nothing counts four times.
        assertThat(members("SWV_VO", 2016)).isEqualTo(389);
        assertThat(parents("GM1940", 2016)).contains("RMC05").noneMatch(p -> p.startsWith("VO-"));
        // Aalburg (West-Brabant) until 2018, then Altena, made of three West-Brabant municipalities.
        assertThat(parents("GM0738", 2018)).contains("RMC34", "PV30", "AM25");
        assertThat(parents("GM0738", 2019)).doesNotContain("RMC34");
        assertThat(parents("GM1959", 2019)).contains("RMC34", "PV30");
        assertThat(parents("GM1959", 2018)).doesNotContain("RMC34").contains("PV30");
        // Groningen took in Ten Boer (Noord-Groningen-Eemsmond) in 2019, Amsterdam took in Weesp (Gooi en
        // Vechtstreek) in 2023: continuing municipalities, each stays in the RMC region the file gives its own code.
        assertThat(parents("GM0014", 2016)).contains("RMC03");
        assertThat(parents("GM0009", 2016)).contains("RMC02");
        assertThat(parents("GM0014", 2019)).contains("RMC03", "PV20").doesNotContain("RMC02");
        assertThat(rmc("GM0363", 2026)).isEqualTo(rmc("GM0363", 2016)).isEqualTo("RMC21");
        assertThat(rmc("GM0457", 2016)).isNotEqualTo("RMC21");
        // Westerkwartier (new in 2019) is made of Groningen-Noord municipalities and part of Winsum: in no region.
        assertThat(parents("GM1969", 2019)).noneMatch(p -> p.startsWith("RMC")).contains("PV20");
        // The count of 2026 equals the 342 municipalities less the new ones formed across RMC regions of the file.
        assertThat(members("RMC_REGION", 2026)).isEqualTo(342 - 4);
        assertThat(job.message()).contains("RMC-regio's (indeling 2016): 39 regio's; 2016: 390 gemeenten ingedeeld")
                .contains("GM0363 2023–2026 (nam gemeenten uit een andere regio op)")
                .contains("GM0014 2019–2026 (nam gemeenten uit een andere regio op)")
                .contains("niet ingedeeld").contains("GM1969 2019–2026").contains("GM1940 2016–2026");
        assertThat(job.rowsRead()).isEqualTo(390 + 393 + 390);
        assertThat(job.sourceOrganisation()).isEqualTo("Ministerie van BZK (Regioatlas)");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitor.import' and entity_id = ?")
                .param(String.valueOf(job.id())).query(Integer.class).single()).isEqualTo(1);
        // Every year's membership follows the crosswalk: only municipalities of that year, each in one RMC region.
        assertThat(jdbc.sql("""
                select count(*) from (select gm.municipality_id, gm.year from geography_membership gm
                  join geography p on p.id = gm.parent_id where p.kind = 'RMC_REGION'
                 group by gm.municipality_id, gm.year having count(*) > 1) x""").query(Integer.class).single()).isZero();
    }

    @Test
    void theSameFilesTwiceChangeNothingAndTheCrosswalkKeepsTheDivisions() {
        RegionDivisionFixtures.load(imports);
        Map<String, Integer> before = membershipsByKind();
        ImportJob again = RegionDivisionFixtures.load(imports);
        assertThat(again.cellsInserted()).isZero();
        assertThat(again.cellsRevised()).isZero();
        assertThat(again.cellsUnchanged()).isPositive();

        ImportJob crosswalk = done(imports.run(request(ImportFormat.CROSSWALK, null, file(MonitorFixtures.CROSSWALK)),
                Actor.system("test")));
        assertThat(crosswalk.cellsRevised()).as("crosswalk memberships removed").isZero();
        assertThat(membershipsByKind()).isEqualTo(before);

        // Only the RMC file: the partnerships keep theirs, the crosswalk keeps its own.
        done(imports.run(request(ImportFormat.REGION_DIVISION, null, file(RegionDivisionFixtures.RMC)),
                Actor.system("test")));
        assertThat(membershipsByKind()).isEqualTo(before);
        assertThat(before).containsKeys("PROVINCE", "LABOUR_MARKET_REGION", "COROP", "RMC_REGION", "SWV_VO", "SWV_PO");
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        MonitorFixtures.loadCrosswalk(imports);
        int before = jdbc.sql("select count(*) from geography where kind = 'SWV_PO' or code = 'PO-99-99'")
                .query(Integer.class).single();
        String text = "\uFEFF\"Gemeente\";\"CBS\";\"Passend Onderwijs - Primair Onderwijs \";\"Inwoneraantal van regio\"\n"
                + "\"Aa en Hunze\";\"1680\";\"PO-99-99\";\"1\"\n\"Nergenshuizen\";\"9998\";\"PO-99-98\";\"1\"\n";
        ImportJob job = imports.run(request(ImportFormat.REGION_DIVISION, null,
                new ImportRequest.File("po.csv", text.getBytes(StandardCharsets.UTF_8))), Actor.system("test"));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.errors()).extracting(ImportJob.Error::line, ImportJob.Error::column, ImportJob.Error::code)
                .containsExactly(tuple(3, 2, "UNKNOWN_REGION"));
        assertThat(job.errors().getFirst().messageEn()).contains("GM9998");
        assertThat(jdbc.sql("select count(*) from geography where kind = 'SWV_PO' or code = 'PO-99-99'")
                .query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void duoFiguresOfAnRmcRegionAreTheSumOfItsMunicipalitiesInTheFile() throws IOException {
        RegionDivisionFixtures.load(imports);
        // Imported after the divisions (again, if another test did it before: then only the new cells are added).
        done(imports.run(request(ImportFormat.DUO, "hbo-eerstejaars", file(HBO)), Actor.system("test")));
        done(imports.run(request(ImportFormat.DUO, "mbo-deelnemers", file(MonitorFixtures.MBO)), Actor.system("test")));

        Map<String, String> rmcOf = new HashMap<>();
        for (String[] row : csv(RegionDivisionFixtures.RMC, ";").subList(1, 391)) {
            rmcOf.put("GM" + row[1], row[2].strip());
        }
        Map<String, String> codeOf = new HashMap<>();
        monitor.geographies(Geography.Kind.RMC_REGION).forEach(g -> codeOf.put(
                g.name().replaceAll("[^A-Za-z]", "").toLowerCase(), g.code()));
        List<String[]> rows = csv(HBO, ";");
        String[] header = rows.getFirst();
        int municipality = Arrays.asList(header).indexOf("GEMEENTENUMMER");
        int croho = Arrays.asList(header).indexOf("CROHO ONDERDEEL");
        Map<String, Double> expected = new TreeMap<>();
        // The hbo file's municipalities that the mergers touch in 2016–2019: Meierijstad (2017) is made of three
        // municipalities of Noord-Oost-Brabant. Leeuwarden, which took a part of Littenseradiel (Zuidwest Friesland)
        // in 2018, and Groningen, which took Ten Boer (Noord-Groningen-Eemsmond) in 2019, continue: they stay in the
        // region the file gives them, so their rows count there every year.
        rmcOf.put("GM1948", rmcOf.get("GM0860"));
        Map<String, Integer> inRmcFrom = Map.of("GM1948", 2017);
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length < header.length || !row[croho].equals("techniek") || !rmcOf.containsKey("GM" + row[municipality])) {
                continue;
            }
            String code = "GM" + row[municipality];
            for (int year = 2016; year <= 2019; year++) {
                if (year < inRmcFrom.getOrDefault(code, 0)) {
                    continue;
                }
                String cell = row[Arrays.asList(header).indexOf(String.valueOf(year))].strip();
                if (!cell.isEmpty() && !cell.startsWith("<")) {
                    String region = codeOf.get(rmcOf.get(code).replaceAll("[^A-Za-z]", "").toLowerCase());
                    expected.merge(region + " " + year + "/" + (year + 1), Double.parseDouble(cell), Double::sum);
                }
            }
        }
        assertThat(expected.keySet().stream().map(k -> k.split(" ")[0]).distinct()).hasSizeGreaterThan(10);
        for (Geography rmc : monitor.geographies(Geography.Kind.RMC_REGION)) {
            Series series = monitor.series("ho-eerstejaars-techniek", rmc.code(), Map.of("niveau", "hbo"));
            for (int year = 2016; year <= 2019; year++) {
                String period = year + "/" + (year + 1);
                Double value = series.points().stream().filter(p -> p.period().equals(period)).map(SeriesPoint::value)
                        .findFirst().orElse(null);
                // A region without a single hbo row has only DUO's explicit 0 total, which no niveau question answers.
                Double wanted = expected.get(rmc.code() + " " + period);
                if (wanted == null) {
                    assertThat(value).as("%s %s", rmc.code(), period).isIn(null, 0.0);
                } else {
                    assertThat(value).as("%s %s", rmc.code(), period).isEqualTo(wanted);
                }
            }
            assertThat(series.points().stream().map(SeriesPoint::period)).doesNotContain("2015/2016");
        }
        // mbo: an RMC region's total is the sum of its member municipalities' totals, for every year.
        for (Geography rmc : monitor.geographies(Geography.Kind.RMC_REGION)) {
            for (SeriesPoint point : monitor.series("mbo-deelnemers-techniek", rmc.code(), Map.of()).points()) {
                int year = Integer.parseInt(point.period().substring(0, 4));
                double sum = 0;
                for (String member : jdbc.sql("""
                        select m.code from geography_membership gm join geography m on m.id = gm.municipality_id
                          join geography p on p.id = gm.parent_id where p.code = ? and gm.year = ?""")
                        .params(rmc.code(), year).query(String.class).list()) {
                    sum += monitor.series("mbo-deelnemers-techniek", member, Map.of()).points().stream()
                            .filter(p -> p.period().equals(point.period()) && p.value() != null)
                            .mapToDouble(SeriesPoint::value).sum();
                }
                assertThat(point.value()).as("%s %s", rmc.code(), point.period()).isEqualTo(sum);
            }
        }
    }

    private int members(String kind, int year) {
        return jdbc.sql("""
                select count(distinct gm.municipality_id) from geography_membership gm
                  join geography p on p.id = gm.parent_id where p.kind = ? and gm.year = ?""")
                .params(kind, year).query(Integer.class).single();
    }

    private String rmc(String municipality, int year) {
        List<String> rmc = parents(municipality, year).stream().filter(p -> p.startsWith("RMC")).toList();
        assertThat(rmc).as("RMC regions of %s in %d", municipality, year).hasSize(1);
        return rmc.getFirst();
    }

    private List<String> parents(String municipality, int year) {
        return jdbc.sql("""
                select p.code from geography_membership gm join geography m on m.id = gm.municipality_id
                  join geography p on p.id = gm.parent_id where m.code = ? and gm.year = ? order by p.code""")
                .params(municipality, year).query(String.class).list();
    }

    private Map<String, Integer> membershipsByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("""
                select p.kind, count(*) from geography_membership gm join geography p on p.id = gm.parent_id
                 group by p.kind""").query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    private static List<String[]> csv(String relative, String delimiter) throws IOException {
        return Files.readAllLines(external(relative), StandardCharsets.UTF_8).stream()
                .map(line -> line.replace("\uFEFF", ""))
                .map(line -> Arrays.stream(line.split(delimiter, -1)).map(c -> c.replaceAll("^\"|\"$", "")).toArray(String[]::new))
                .toList();
    }
}
