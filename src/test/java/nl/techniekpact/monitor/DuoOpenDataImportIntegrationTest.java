package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.external;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real DUO vo and po files through the import, each recognised by its header: the figures the monitor and
 * the API answer equal figures computed here from the file itself (read with commons-csv, placed with the CBS
 * crosswalk file), for the Netherlands, every province and labour-market regions; the provinces add up to the
 * Netherlands, so nothing is counted twice.
 */
@PlatformIntegrationTest
class DuoOpenDataImportIntegrationTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("Groningen", "PV20"),
            Map.entry("Friesland", "PV21"), Map.entry("Drenthe", "PV22"), Map.entry("Overijssel", "PV23"),
            Map.entry("Flevoland", "PV24"), Map.entry("Gelderland", "PV25"), Map.entry("Utrecht", "PV26"),
            Map.entry("Noord-Holland", "PV27"), Map.entry("Zuid-Holland", "PV28"), Map.entry("Zeeland", "PV29"),
            Map.entry("Noord-Brabant", "PV30"), Map.entry("Limburg", "PV31"));

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    Monitor monitor;
    @Autowired
    JdbcClient jdbc;

    /** One year of the CBS crosswalk file: municipality → province and labour-market region; name → codes. */
    record Crosswalk(Map<String, String> province, Map<String, String> labourMarket, Map<String, List<String>> byName) {

        /**
         * As the import reads the file: one row per name with the newest year it existed; a row holds for its year
         * and every earlier one (the row with the smallest year from {@code year} on).
         */
        static Crosswalk of(int year) throws IOException {
            Map<String, CSVRecord> rows = new HashMap<>();
            for (CSVRecord r : records(MonitorFixtures.CROSSWALK, StandardCharsets.UTF_8, ',')) {
                int last = Integer.parseInt(r.get("year"));
                CSVRecord earlier = rows.get(r.get("code"));
                if (last >= year && (earlier == null || last < Integer.parseInt(earlier.get("year")))) {
                    rows.put(r.get("code"), r);
                }
            }
            Map<String, String> province = new HashMap<>();
            Map<String, String> labourMarket = new HashMap<>();
            Map<String, List<String>> byName = new HashMap<>();
            rows.forEach((code, r) -> {
                province.put(code, r.get("province_code"));
                if (!r.get("region_code").isEmpty()) {
                    labourMarket.put(code, r.get("region_code"));
                }
                byName.computeIfAbsent(plain(r.get("name")), k -> new java.util.ArrayList<>()).add(code);
            });
            return new Crosswalk(province, labourMarket, byName);
        }

        /** The municipality named like {@code place} in {@code provinceCode}, or null. */
        String place(String place, String provinceCode) {
            String name = plain(place);
            List<String> codes = byName.getOrDefault(name, List.of());
            if (codes.isEmpty() && name.matches(".+ [A-Z]{1,3}")) {
                codes = byName.getOrDefault(name.substring(0, name.lastIndexOf(' ')), List.of());
            }
            return codes.stream().filter(c -> provinceCode.equals(province.get(c))).findFirst().orElse(null);
        }

        private static String plain(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replaceAll("\\s*\\([^)]*\\)", "").replace('-', ' ').replaceAll("\\s+", " ").strip()
                    .toUpperCase(Locale.ROOT);
        }
    }

    /** Sums by key; {@code [0]} the pupils, {@code [1]} those in techniek, {@code [2]} girls in techniek. */
    private static void add(Map<String, double[]> sums, String key, double pupils, boolean techniek, boolean girl) {
        double[] s = sums.computeIfAbsent(key, k -> new double[3]);
        s[0] += pupils;
        s[1] += techniek ? pupils : 0;
        s[2] += techniek && girl ? pupils : 0;
    }

    @Test
    void vmboPupilsOfYearsThreeAndFourInTechniekEqualTheFile() throws IOException {
        MonitorFixtures.loadVoOnderwijstype(imports);
        Crosswalk crosswalk = Crosswalk.of(2019);
        Map<String, double[]> sums = new HashMap<>();
        for (CSVRecord r : records(MonitorFixtures.VO_ONDERWIJSTYPE, WINDOWS_1252, ';')) {
            String type = r.get("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR");
            if (!type.matches("VMBO (BL|KL|GL|TL) lj 3-4")) {
                continue;
            }
            String niveau = switch (type.substring(5, 7)) {
                case "BL" -> "vmbo-bb";
                case "KL" -> "vmbo-kb";
                default -> "vmbo-gt";
            };
            boolean techniek = r.get("VMBO SECTOR").equals("Techniek");
            String province = PROVINCES.get(r.get("PROVINCIE VESTIGING"));
            String municipality = crosswalk.place(r.get("PLAATSNAAM VESTIGING"), province);
            for (int year = 1; year <= 6; year++) {
                for (String sex : List.of("MAN", "VROUW")) {
                    double pupils = Double.parseDouble(r.get("LEER- OF VERBLIJFSJAAR " + year + " - " + sex));
                    boolean girl = sex.equals("VROUW");
                    for (String key : List.of("NL01", "NL01|" + niveau, province, province + "|" + niveau)) {
                        add(sums, key, pupils, techniek, girl);
                    }
                    if (municipality != null) {
                        add(sums, crosswalk.labourMarket().get(municipality), pupils, techniek, girl);
                        add(sums, municipality, pupils, techniek, girl);
                    }
                }
            }
        }
        // The figures SOURCE.md states for the file: the parsing here reads the file as its publisher counts it.
        assertThat(sums.get("NL01")[0]).isEqualTo(201_566);
        assertThat(sums.get("NL01")[1]).isEqualTo(37_201);
        assertThat(sums.get("NL01|vmbo-bb")[1]).isEqualTo(8_305);
        assertThat(sums.get("NL01|vmbo-kb")[0]).isEqualTo(56_613);

        String period = "2019/2020";
        sums.forEach((key, s) -> {
            String[] parts = key.split("\\|");
            Map<String, String> filter = parts.length == 1 ? Map.of() : Map.of("niveau", parts[1]);
            assertThat(value("vmbo-leerlingen-lj34", parts[0], filter, period)).as("pupils %s", key).isEqualTo(s[0]);
            // ADR 0008: a municipality without a row gets no explicit 0 (its code may not have existed yet).
            Double techniek = value("vmbo-leerlingen-lj34-techniek", parts[0], filter, period);
            assertThat(techniek == null && key.startsWith("GM") ? 0.0 : techniek).as("techniek %s", key)
                    .isEqualTo(s[1]);
            if (s[0] > 0) {
                assertThat(value("vmbo-aandeel-techniek", parts[0], filter, period)).as("share %s", key)
                        .isCloseTo(100 * s[1] / s[0], within(1e-9));
            }
        });
        assertThat(sums.keySet()).contains("PV28", "AM01", "GM0153", crosswalk.labourMarket().get("GM0153"));

        double[] bb = sums.get("NL01|vmbo-bb");
        double[] kb = sums.get("NL01|vmbo-kb");
        assertThat(value("vmbo-bk-aandeel-techniek", "NL01", Map.of(), period))
                .isCloseTo(100 * (bb[1] + kb[1]) / (bb[0] + kb[0]), within(1e-9));
        assertThat(value("vmbo-bk-aandeel-techniek", "NL01", Map.of("niveau", "vmbo-bb"), period))
                .isCloseTo(100 * 8_305 / 34_623.0, within(1e-9));
        assertThat(value("vmbo-bk-aandeel-meisjes-techniek", "NL01", Map.of(), period))
                .isCloseTo(100 * (bb[2] + kb[2]) / (bb[1] + kb[1]), within(1e-9));
        double[] utrecht = sums.get("PV26|vmbo-kb");
        assertThat(value("vmbo-bk-aandeel-techniek", "PV26", Map.of("niveau", "vmbo-kb"), period))
                .isCloseTo(100 * utrecht[1] / utrecht[0], within(1e-9));

        // Every pupil in exactly one province: the provinces add up to the Netherlands.
        Comparison provinces = monitor.comparison("vmbo-leerlingen-lj34-techniek", Geography.Kind.PROVINCE, period,
                Map.of());
        assertThat(provinces.rows()).hasSize(12);
        assertThat(provinces.rows().stream().mapToDouble(Comparison.Row::value).sum()).isEqualTo(37_201);

        var api = new ApiClient(port, null).get("/api/v1/indicators/vmbo-leerlingen-lj34-techniek/series?region=NL01")
                .json();
        var last = api.path("points").get(api.path("points").size() - 1);
        assertThat(last.path("period").asString()).isEqualTo(period);
        assertThat(last.path("value").asDouble()).isEqualTo(37_201);
    }

    @Test
    void primaryPupilsAndLocationsPerYearEqualTheFile() throws IOException {
        MonitorFixtures.loadPoLeerlingen(imports);
        Map<Integer, Crosswalk> years = new HashMap<>();
        for (int year = 2010; year <= 2026; year++) {
            years.put(year, Crosswalk.of(year));
        }
        Map<String, double[]> pupils = new HashMap<>();
        Map<String, double[]> locations = new HashMap<>();
        int suppressed2025 = 0;
        for (CSVRecord r : records(MonitorFixtures.PO_LEERLINGEN, StandardCharsets.UTF_8, ';')) {
            String kind = r.get("SOORT_VESTIGING");
            if (!kind.equals("BO") && !kind.equals("SBO")) {
                continue;
            }
            String code = "GM" + "0".repeat(4 - r.get("GEMEENTECODE_VESTIGING").length()) + r.get("GEMEENTECODE_VESTIGING");
            for (int year = 1996; year <= 2025; year++) {
                // The crosswalk of the year (2010 before 2010); a municipality it does not know yet (the file names a
                // location's current one) by the newest year that knows it.
                Crosswalk crosswalk = years.get(Math.max(2010, year));
                if (!crosswalk.province().containsKey(code)) {
                    crosswalk = years.entrySet().stream().filter(e -> e.getValue().province().containsKey(code))
                            .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(crosswalk);
                }
                List<String> regions = new java.util.ArrayList<>(List.of("NL01"));
                if (!code.equals("GM9999")) {
                    regions.add(code);
                    regions.add(crosswalk.province().get(code));
                    if (crosswalk.labourMarket().containsKey(code)) {
                        regions.add(crosswalk.labourMarket().get(code));
                    }
                }
                String cell = r.get("LEERLINGEN_" + year);
                boolean withheld = cell.equals("<5");
                suppressed2025 += withheld && year == 2025 ? 1 : 0;
                double count = withheld ? 0 : Double.parseDouble(cell);
                for (String region : regions) {
                    pupils.computeIfAbsent(region, k -> new double[2030])[year] += count;
                    if (withheld || count > 0) {
                        locations.computeIfAbsent(region, k -> new double[2030])[year] += 1;
                    }
                    if (kind.equals("BO")) {
                        pupils.computeIfAbsent(region + "|bo", k -> new double[2030])[year] += count;
                    }
                }
            }
        }
        Crosswalk current = years.get(2025);
        for (String region : List.of("NL01", "PV25", "PV28", "GM0363", current.labourMarket().get("GM0363"),
                current.labourMarket().get("GM0200"))) {
            for (int year : List.of(1996, 2000, 2013, 2019, 2025)) {
                String period = year + "/" + (year + 1);
                assertThat(value("po-leerlingen", region, Map.of(), period)).as("%s %s", region, period)
                        .isEqualTo(pupils.get(region)[year]);
                assertThat(value("po-scholen", region, Map.of(), period)).as("%s %s", region, period)
                        .isEqualTo(locations.get(region)[year]);
            }
        }
        // SOURCE.md: regular primary education (BO) had 1,356,911 pupils in 2025 (withheld counts left out).
        assertThat(pupils.get("NL01|bo")[2025]).isEqualTo(1_356_911);
        assertThat(value("po-leerlingen", "NL01", Map.of("schoolsoort", "bo"), "2025/2026")).isEqualTo(1_356_911);
        SeriesPoint nl2025 = point("po-leerlingen", "NL01", Map.of(), "2025/2026");
        assertThat(nl2025.suppressedCells()).isEqualTo(suppressed2025).isPositive();
        // Every location in one province (those of municipality 9999 in none): nothing counted twice.
        Comparison provinces = monitor.comparison("po-leerlingen", Geography.Kind.PROVINCE, "2025/2026", Map.of());
        assertThat(provinces.rows()).hasSize(12);
        assertThat(provinces.rows().stream().mapToDouble(Comparison.Row::value).sum()).isEqualTo(PROVINCES.values()
                .stream().mapToDouble(pv -> pupils.get(pv)[2025]).sum());
    }

    @Test
    void primarySchoolRegisterCountsEveryLocationOnceInTheSchoolYearOfItsRetrieval() throws IOException {
        MonitorFixtures.loadPoVestigingen(imports);
        Crosswalk crosswalk = Crosswalk.of(2026);
        Map<String, Double> expected = new HashMap<>();
        for (CSVRecord r : records(MonitorFixtures.PO_VESTIGINGEN, WINDOWS_1252, ';')) {
            String code = "GM" + r.get("GEMEENTENUMMER");
            for (String region : List.of("NL01", code, PROVINCES.get(r.get("PROVINCIE")),
                    crosswalk.labourMarket().get(code))) {
                expected.merge(region, 1.0, Double::sum);
            }
        }
        assertThat(expected).containsEntry("NL01", 6_122.0).containsEntry("PV28", 1_112.0).containsEntry("GM0363", 200.0);
        expected.forEach((region, count) -> assertThat(value("po-scholen", region, Map.of(), "2026/2027"))
                .as(region).isEqualTo(count));
        assertThat(monitor.comparison("po-scholen", Geography.Kind.LABOUR_MARKET_REGION, "2026/2027", Map.of()).rows()
                .stream().mapToDouble(Comparison.Row::value).sum()).isEqualTo(6_122);
    }

    @Test
    void aBadCellAnywhereKeepsTheWholeFileOutWithItsLineNumber() {
        MonitorFixtures.loadCrosswalk(imports);
        String text = new String(file(MonitorFixtures.VO_ONDERWIJSTYPE).content(), WINDOWS_1252);
        int lastLine = (int) text.lines().count();
        String broken = text.substring(0, text.stripTrailing().lastIndexOf(';') + 1) + "12a\n";
        int before = jdbc.sql("select count(*) from observation").query(Integer.class).single();

        ImportJob job = imports.run(MonitorFixtures.request(ImportFormat.DUO, "vo-onderwijstype",
                new ImportRequest.File("leerlingen-vo-2019.csv", broken.getBytes(WINDOWS_1252))), Actor.system("test"));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.errors()).extracting(ImportJob.Error::code, ImportJob.Error::line, ImportJob.Error::column)
                .containsExactly(org.assertj.core.api.Assertions.tuple("BAD_NUMBER", lastLine, 22));
        assertThat(jdbc.sql("select count(*) from observation").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aRegisterWithoutYearOrRetrievalDateIsRefusedInBothLanguages() {
        MonitorFixtures.loadCrosswalk(imports);
        ImportJob job = imports.run(MonitorFixtures.request(ImportFormat.DUO, "po-vestigingen",
                file(MonitorFixtures.PO_VESTIGINGEN)), Actor.system("test"));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.errors()).extracting(ImportJob.Error::code).containsExactly("NO_SCHOOL_YEAR");
        assertThat(job.errors().getFirst().message(Locale.ROOT)).contains("ophaaldatum");
        assertThat(job.errors().getFirst().message(Locale.ENGLISH)).contains("retrieval date");
    }

    private Double value(String indicator, String region, Map<String, String> filter, String period) {
        SeriesPoint point = point(indicator, region, filter, period);
        return point == null ? null : point.value();
    }

    private SeriesPoint point(String indicator, String region, Map<String, String> filter, String period) {
        return monitor.series(indicator, region, filter).points().stream().filter(p -> p.period().equals(period))
                .findFirst().orElse(null);
    }

    private static List<CSVRecord> records(String relative, Charset charset, char delimiter) throws IOException {
        try (Reader reader = Files.newBufferedReader(external(relative), charset)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).get().parse(reader).getRecords();
        }
    }
}
