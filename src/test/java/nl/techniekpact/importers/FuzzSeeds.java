package nl.techniekpact.importers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import nl.techniekpact.OpenDataFiles;

/**
 * Writes the seeds of {@link ParserFuzzTest}'s corpus from the real files of the open-data bundle (their first
 * lines: a fuzzer mutates small inputs faster) and from the tests' own fixtures. Run once when a parser gains a
 * format; the seeds are kept in the repository beside what the fuzzer found.
 * {@code java -cp target/test-classes:target/classes:… nl.techniekpact.importers.FuzzSeeds}
 */
public final class FuzzSeeds {

    static final Path CORPUS = Path.of("src/test/resources/nl/techniekpact/importers/ParserFuzzTestInputs");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        byte[] hbo = head("duo-hbo-eerstejaars-2019/hbo_inscriptions_2019.csv.gz", 12);
        seed("duoCsv", "hbo-eerstejaars", duo(DuoDataset.HBO_EERSTEJAARS, hbo));
        seed("duoCsv", "wo-gediplomeerden", duo(DuoDataset.WO_GEDIPLOMEERDEN, hbo));
        seed("duoCsv", "mbo-deelnemers", duo(DuoDataset.MBO_DEELNEMERS,
                head("duo-mbo-deelnemers-2015-2019/mbo_inscriptions_2019.csv.gz", 12)));
        seed("duoCsv", "vo-onderwijstype", duo(DuoDataset.VO_ONDERWIJSTYPE, head(
                "duo-leerlingen-vo-onderwijstype-2019/leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv.gz", 8)));
        seed("duoCsv", "po-leerlingen", duo(DuoDataset.PO_LEERLINGEN, head("duo-leerlingen-po-per-vestiging-1996-2025/"
                + "06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv.gz", 6)));
        seed("duoCsv", "po-vestigingen", duo(DuoDataset.PO_VESTIGINGEN, head("duo-vestigingen-po-2026/"
                + "02.-alle-schoolvestigingen-basisonderwijs.csv.gz", 6)));
        seed("cbsOData3", "perioden", whole("cbs-odata3-80137ned-83599ned/meta_6.json"));
        seed("cbsOData3", "categorygroups", whole("cbs-odata3-80137ned-83599ned/meta_3.json"));
        seed("cbsOData3", "typeddataset", firstRows(whole("cbs-odata3-80137ned-83599ned/meta_8.json.gz"), 3));
        seed("cbsOData3", "untypeddataset", firstRows(whole("cbs-odata3-80137ned-83599ned/tables_2.json.gz"), 3));
        seed("cbsOData4", "observations", CbsOData4ParserTest.page("Observations", "https://odata4.cbs.nl/next",
                CbsOData4ParserTest.row(1, "M000123", "None", "12", "2019JJ00", "PV20", "3000"),
                CbsOData4ParserTest.row(2, "M000123", "Impossible", "null", "2020KW01", "GM0014", "4000"))
                .open().readAllBytes());
        seed("cbsOData4", "codes", ("{\"value\":[{\"Identifier\":\"2019JJ00\",\"Title\":\"2019\"},"
                + "{\"Identifier\":\"NL01\",\"Title\":\"Nederland\",\"DimensionGroupId\":null}]}")
                .getBytes(StandardCharsets.UTF_8));
        seed("cbsCsv", "metadata", head(CbsCsvFixtures.jobsMetadata(), 40));
        seed("cbsCsv", "jobs", head(CbsCsvFixtures.jobsData(), 8));
        seed("cbsCsv", "vacancies", head(CbsCsvFixtures.vacanciesData(), 8));
        byte[] mapped = "Gemeentecode;Jaar;Geslacht;Aantal\nGM0014;2019;Vrouw;12\nGM0363;2020;Man;<5\n"
                .getBytes(StandardCharsets.UTF_8);
        seed("mappedCsv", "tabel", mapped);
        seed("mappedCsv", "municipalities", head("cbs-gemeente-regios-2010-2026/municipalities.csv", 6));
        seed("mappedXlsx", "tabel", Workbooks.xlsx("Blad1", new Object[] {"Gemeentecode", "Jaar", "Geslacht",
                "Aantal"}, new Object[] {"GM0014", 2019, "Vrouw", 12}, new Object[] {"GM0363", 2020, "Man", "<5"}));
        seed("columnMapping", "mapping", ParserFuzzTest.MAPPING.getBytes(StandardCharsets.UTF_8));
        seed("columnMapping", "share", ("{\"indicator\": \"aandeel\", \"region\": \"Regio\", \"period\": \"Periode\","
                + " \"numerator\": \"Teller\", \"denominator\": \"Noemer\", \"sheet\": \"Data\", \"skipRows\": 2}")
                .getBytes(StandardCharsets.UTF_8));
        seed("geoJson", "feature", ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"statcode\":\"PV20\",\"statnaam\":\"Groningen\"},\"geometry\":{\"type\":"
                + "\"MultiPolygon\",\"coordinates\":[[[[7.093,52.838],[7.072,52.845],[7.04,52.873],[7.093,52.838]],"
                + "[[7.05,52.85],[7.06,52.85],[7.06,52.86],[7.05,52.85]]]]}},{\"type\":\"Feature\",\"properties\":"
                + "{\"statcode\":\"PV21\",\"statnaam\":\"Fryslân\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[5.5,53.0],[6.0,53.0],[6.0,53.4],[5.5,53.0]]]}}]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@link ParserFuzzTest#duoCsv}'s input: the data set's number, then the file. */
    private static byte[] duo(DuoDataset dataset, byte[] content) {
        byte[] input = new byte[content.length + 1];
        input[0] = (byte) dataset.ordinal();
        System.arraycopy(content, 0, input, 1, content.length);
        return input;
    }

    private static void seed(String method, String name, byte[] content) throws IOException {
        Path directory = CORPUS.resolve(method);
        Files.createDirectories(directory);
        Files.write(directory.resolve("seed-" + name), content);
    }

    private static byte[] whole(String file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] head(String file, int lines) throws IOException {
        return head(whole(file), lines);
    }

    private static byte[] head(byte[] content, int lines) throws IOException {
        List<String> kept = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(content), StandardCharsets.ISO_8859_1))) {
            for (String line = reader.readLine(); line != null && kept.size() < lines; line = reader.readLine()) {
                kept.add(line);
            }
        }
        return (String.join("\r\n", kept) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An OData page cut after its first {@code rows} rows, still a whole JSON document. */
    private static byte[] firstRows(byte[] page, int rows) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var tree = (tools.jackson.databind.node.ObjectNode) json.readTree(page);
        var values = (tools.jackson.databind.node.ArrayNode) tree.get("value");
        while (values.size() > rows) {
            values.remove(values.size() - 1);
        }
        tree.remove("odata.nextLink");
        return json.writeValueAsBytes(tree);
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Files.newInputStream(OpenDataFiles.path(file));
        return file.endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
