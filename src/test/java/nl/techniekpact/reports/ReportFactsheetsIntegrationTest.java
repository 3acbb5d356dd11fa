package nl.techniekpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.RegionDivisionFixtures;
import nl.techniekpact.reports.internal.ReportView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * All 47 factsheets (12 provinces, 35 labour-market regions) on the real DUO files: each holds its region's
 * figures exactly as the monitor API gives them, in the model and in the PDF's text; the background batch makes
 * the same 47 documents (and the vmbo portraits of regions with vmbo figures, if another test loaded some), byte for
 * byte, downloadable as a zip.
 */
@PlatformIntegrationTest
class ReportFactsheetsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    Factsheets factsheets;
    @Autowired
    Monitor monitor;
    @Autowired
    FactsheetBatches batches;
    @Autowired
    ReportDocuments documents;
    @Autowired
    MessageSource messages;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Every real file the factsheets draw on, the vmbo and po ones too, so the page counts are those of real data. */
    @BeforeEach
    void loadFigures() {
        RegionDivisionFixtures.load(imports);
        MonitorFixtures.loadHbo(imports);
        MonitorFixtures.loadMbo(imports);
        MonitorFixtures.loadVoOnderwijstype(imports);
        MonitorFixtures.loadPoLeerlingen(imports);
        MonitorFixtures.loadPoVestigingen(imports);
    }

    @Test
    void everyProvinceAndLabourMarketRegionHasAFactsheetWithItsOwnFigures() throws Exception {
        List<Geography> regions = factsheets.regions();
        assertThat(regions.stream().filter(g -> g.kind() == Geography.Kind.PROVINCE)).hasSize(12);
        assertThat(regions.stream().filter(g -> g.kind() == Geography.Kind.LABOUR_MARKET_REGION)).hasSize(35);
        ApiClient api = new ApiClient(port, null);
        ReportView.Texts dutch = new ReportView.Texts(messages, ReportDocuments.DUTCH);
        int withoutFigures = 0;
        Map<String, Integer> pages = new TreeMap<>();
        for (Geography region : regions) {
            Factsheet sheet = factsheets.factsheet(region.code()).orElseThrow();
            if (region.kind() == Geography.Kind.PROVINCE) {
                assertThat(sheet.figures()).as("figures of %s", region.code()).isNotEmpty();
            }
            String text;
            try (var pdf = Loader.loadPDF(documents.render(sheet, DocumentFormat.PDF))) {
                text = ReportDocumentsIntegrationTest.squash(new PDFTextStripper().getText(pdf));
                pages.put(region.code(), pdf.getNumberOfPages());
            }
            // A province's vmbo and primary-school figures are its portrait's; the education factsheet points to it.
            // (A labour-market region has no portrait, so its factsheet keeps them among its six figures.)
            if (region.kind() == Geography.Kind.PROVINCE) {
                assertThat(sheet.figures()).as("figures of %s", region.code())
                        .noneMatch(f -> monitor.indicator(f.indicator()).map(Factsheets::isPortraitIndicator).orElse(false));
                assertThat(sheet.portrait()).isEqualTo(Factsheets.VMBO_PREFIX + region.code());
                assertThat(text).contains(ReportDocumentsIntegrationTest.squash("vmbo-portret"));
            }
            assertThat(text).contains(ReportDocumentsIntegrationTest.squash(sheet.name()));
            if (sheet.figures().isEmpty()) {
                // e.g. a labour-market region without an mbo or hbo school: DUO counts students where they study
                for (String indicator : List.of("mbo-deelnemers-techniek", "ho-eerstejaars-techniek")) {
                    assertThat(anyValue(api, indicator, region.code())).as("%s %s", region.code(), indicator).isFalse();
                }
                assertThat(text).contains(ReportDocumentsIntegrationTest.squash("nog geen cijfers geladen"));
                withoutFigures++;
            }
            for (Factsheet.Figure f : sheet.figures()) {
                JsonNode latest = latest(api, f.indicator(), region.code());
                assertThat(f.period()).as("%s %s", region.code(), f.indicator()).isEqualTo(latest.get("period").asString());
                assertThat(f.value()).as("%s %s", region.code(), f.indicator())
                        .isEqualTo(latest.get("value").asDouble());
                JsonNode national = point(api, f.indicator(), "NL01", f.period());
                if (national != null) {
                    assertThat(f.national()).isEqualTo(national.get("value").asDouble());
                }
                assertThat(text).as("%s %s in the PDF", region.code(), f.indicator())
                        .contains(ReportDocumentsIntegrationTest.squash(dutch.number(f.value(), f.decimals(), f.unit())));
            }
        }
        // "One page or two each" (issue 5)
        assertThat(pages).as("pages per factsheet").hasSize(47).allSatisfy((code, n) -> assertThat(n).as(code).isBetween(1, 2));
        assertThat(withoutFigures).as("regions without any figure").isLessThan(5);
        assertThat(factsheets.factsheet("PV27").orElseThrow().priorities()).as("agenda of Noordwest").isNotEmpty();
        assertThat(factsheets.factsheet("XX99")).isEmpty();
        assertThat(api.get("/api/v1/factsheets/PV27?format=html").body()).contains("Techniekonderwijs in Noord-Holland");
    }

    @Test
    void theBatchMakesAllFactsheetsInTheBackgroundAsAZip() throws Exception {
        var office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        var batch = batches.start(office);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> !batches.batch(batch.id()).orElseThrow().running());
        var done = batches.batch(batch.id()).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        int all = factsheets.ids().size();
        assertThat(all).isGreaterThanOrEqualTo(47);
        assertThat(done.done()).isEqualTo(all).isEqualTo(done.total());
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(batches.zip(batch.id()).orElseThrow()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                assertThat(new String(zip.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).hasSize(all).contains("factsheet-PV27-noord-holland.pdf");
        assertThat(entries.stream().filter(e -> !e.startsWith("factsheet-vmbo-"))).hasSize(47);
        byte[] again = documents.render(factsheets.factsheet("PV27").orElseThrow(), DocumentFormat.PDF);
        java.nio.file.Files.createDirectories(ReportDocumentsIntegrationTest.SAMPLES);
        java.nio.file.Files.write(ReportDocumentsIntegrationTest.SAMPLES.resolve("factsheet-PV27.pdf"), again);
        assertThat(batches.file(batch.id(), "PV27").orElseThrow()).as("the same document, byte for byte").isEqualTo(again);
    }

    @Test
    void aBatchLeftByAStoppedPlatformIsTakenOverAndFinishedAfterItsLastFile() {
        List<String> ids = factsheets.ids();
        java.util.UUID id = java.util.UUID.randomUUID();
        int done = ids.size() - 2;
        jdbc.sql("""
                        insert into factsheet_batch (id, state, total, done, started_at, heartbeat_at)
                        values (?, 'RUNNING', ?, ?, now() - interval '1 hour', now() - interval '10 minutes')""")
                .params(id, ids.size(), done).update();
        for (int position = 1; position <= done; position++) {
            jdbc.sql("""
                            insert into factsheet_file (batch_id, position, region_code, file_name, pdf, sha256)
                            values (?, ?, ?, ?, ?, 'made-before-the-crash')""")
                    .params(id, position, ids.get(position - 1), "made-before-" + position + ".pdf",
                            "%PDF-before".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).update();
        }

        batches.resumeAbandoned();
        batches.resumeAbandoned();

        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> !batches.batch(id).orElseThrow().running());
        var finished = batches.batch(id).orElseThrow();
        assertThat(finished.state()).isEqualTo("DONE");
        assertThat(finished.done()).isEqualTo(ids.size());
        var files = batches.files(id);
        assertThat(files).hasSize(ids.size());
        assertThat(files.stream().filter(f -> f.sha256().equals("made-before-the-crash"))).as("kept, not redone")
                .hasSize(done);
        assertThat(new String(batches.file(id, ids.getLast()).orElseThrow(), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static JsonNode latest(ApiClient api, String indicator, String region) {
        JsonNode result = null;
        for (JsonNode p : api.get("/api/v1/indicators/" + indicator + "/series?region=" + region).json().get("points")) {
            if (p.hasNonNull("value")) {
                result = p;
            }
        }
        assertThat(result).as("%s in %s from the API", indicator, region).isNotNull();
        return result;
    }

    private static boolean anyValue(ApiClient api, String indicator, String region) {
        for (JsonNode p : api.get("/api/v1/indicators/" + indicator + "/series?region=" + region).json().get("points")) {
            if (p.hasNonNull("value")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode point(ApiClient api, String indicator, String region, String period) {
        for (JsonNode p : api.get("/api/v1/indicators/" + indicator + "/series?region=" + region).json().get("points")) {
            if (p.get("period").asString().equals(period) && p.hasNonNull("value")) {
                return p;
            }
        }
        return null;
    }
}
