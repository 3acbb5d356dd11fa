package nl.techniekpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.RegionDivisionFixtures;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.reports.internal.ReportView;
import nl.techniekpact.shared.PactChanged;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vmbo portraits of provinces and RMC regions, on a vmbo count made here for a few municipalities (exact
 * figures to check) beside the real DUO vo and po files: every portrait indicator with figures for the region,
 * against the national figure, charted, with its source; the honest text for a region without figures; HTML and
 * PDF through the factsheet pipeline, one or two pages with all the real figures loaded.
 */
@PlatformIntegrationTest
class VmboPortraitsIntegrationTest {

    static final String INDICATOR = "vmbo-proef-leerlingen-techniek";
    /** Municipality, year, pupils. Amsterdam and Amstelveen are in RMC21, Breda in RMC34 (West-Brabant). */
    static final String FILE = """
            Gemeente,Jaar,Leerlingen
            GM0363,2017,1200
            GM0363,2018,1300
            GM0363,2019,1350
            GM0362,2017,200
            GM0362,2018,210
            GM0362,2019,190
            GM0758,2017,800
            GM0758,2018,820
            GM0758,2019,860
            """;

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    Factsheets factsheets;
    @Autowired
    ReportDocuments documents;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Monitor monitor;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void loadVmboFigures() {
        load(imports, jdbc);
    }

    /**
     * The region division, the real DUO vo and po files (after the division, so they are summed to the RMC regions)
     * and the test's vmbo count, imported per municipality (undo with {@link #removeIndicator}).
     */
    static void load(MonitorImports imports, JdbcClient jdbc) {
        RegionDivisionFixtures.load(imports);
        MonitorFixtures.loadVoOnderwijstype(imports);
        MonitorFixtures.loadPoLeerlingen(imports);
        MonitorFixtures.loadPoVestigingen(imports);
        addIndicator(jdbc);
        String mapping = """
                {"indicator": "%s", "region": "Gemeente", "period": "Jaar", "value": "Leerlingen"}""".formatted(INDICATOR);
        MonitorFixtures.done(imports.run(new ImportRequest(ImportFormat.CSV, List.of(new ImportRequest.File(
                "vmbo-proef.csv", FILE.getBytes(StandardCharsets.UTF_8))), "vmbo-proef", mapping, "Testbron",
                null, false), Actor.system("test")));
    }

    @AfterEach
    void removeVmboFigures() {
        removeIndicator(jdbc);
        events.publishEvent(new PactChanged("test"));
    }

    @Test
    void anRmcRegionsPortraitShowsItsVmboFiguresAgainstTheNetherlands() throws Exception {
        assertThat(factsheets.vmboRegions()).filteredOn(g -> g.kind() == Geography.Kind.RMC_REGION).hasSize(39);
        assertThat(factsheets.vmboRegions()).filteredOn(g -> g.kind() == Geography.Kind.PROVINCE).hasSize(12);
        assertThat(factsheets.ids()).contains("PV27", "vmbo-RMC21", "vmbo-PV27", "vmbo-RMC01");

        Factsheet sheet = factsheets.factsheet("vmbo-RMC21").orElseThrow();
        assertThat(sheet.kind()).isEqualTo(Factsheets.VMBO);
        assertThat(sheet.region()).isEqualTo("RMC21");
        assertThat(sheet.name()).isEqualTo("Agglomeratie Amsterdam");
        Factsheet.Figure figure = sheet.figures().stream().filter(f -> f.indicator().equals(INDICATOR)).findFirst()
                .orElseThrow();
        assertThat(figure.period()).isEqualTo("2019JJ00");
        assertThat(figure.value()).isEqualTo(1350.0 + 190.0);
        assertThat(figure.national()).isEqualTo(1350.0 + 190.0 + 860.0);
        assertThat(sheet.figures()).allMatch(f -> f.indicator().startsWith("vmbo-") || f.indicator().startsWith("po-"));
        // The real DUO indicators come first and take the chart; it is the region's own series.
        assertThat(sheet.charts()).hasSize(Factsheets.MAX_PORTRAIT_CHARTS);
        for (ProgressReport.Chart chart : sheet.charts()) {
            assertThat(chart.points()).extracting(ProgressReport.Point::value).containsExactlyElementsOf(
                    monitor.series(chart.indicator(), "RMC21", Map.of()).points().stream()
                            .map(SeriesPoint::value).filter(v -> v != null).toList());
        }
        assertThat(monitor.series(INDICATOR, "RMC21", Map.of()).points()).extracting(SeriesPoint::value)
                .containsExactly(1400.0, 1510.0, 1540.0);
        assertThat(sheet.sources()).anyMatch(s -> s.contains("vmbo-proef") && s.contains("2019JJ00"));
        // One line per dataset: fewer lines than indicators, every indicator's source named.
        assertThat(sheet.sources()).hasSizeLessThan(sheet.figures().size())
                .doesNotHaveDuplicates();
        assertThat(sheet.figures()).allSatisfy(f -> assertThat(sheet.sources()).anyMatch(s -> s.startsWith(f.source())));
        assertThat(sheet.provinceName()).isEqualTo("Noord-Holland");

        ReportView.Texts dutch = new ReportView.Texts(messages, ReportDocuments.DUTCH);
        try (var pdf = Loader.loadPDF(documents.render(sheet, DocumentFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String text = ReportDocumentsIntegrationTest.squash(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(ReportDocumentsIntegrationTest.squash("RMC-regio Agglomeratie Amsterdam (indeling 2016)"))
                    .contains(ReportDocumentsIntegrationTest.squash(dutch.number(1540.0, figure.decimals(), figure.unit())))
                    .contains(ReportDocumentsIntegrationTest.squash("Sterk Techniekonderwijs"));
        }
        ApiClient api = new ApiClient(port, null);
        assertThat(api.get("/api/v1/factsheets/vmbo-RMC21?format=html").body())
                .contains("Vmbo en techniek in RMC-regio Agglomeratie Amsterdam (indeling 2016)");
        assertThat(api.get("/api/v1/factsheets/vmbo-RMC21?format=pdf").body()).startsWith("%PDF-");
        assertThat(api.get("/api/v1/factsheets/vmbo-RMC21").json().path("region").asString()).isEqualTo("RMC21");
        assertThat(api.get("/factsheets/vmbo-RMC21?lang=en").body())
                .contains("Vmbo and technology in RMC region Agglomeratie Amsterdam (2016 division)");
        assertThat(api.get("/factsheets").body()).contains("/factsheets/vmbo-RMC21").contains("/factsheets/vmbo-PV27");
        assertThat(api.get("/factsheets/vmbo-AM01").status()).isEqualTo(404);
        assertThat(api.get("/factsheets/RMC21").status()).isEqualTo(404);
    }

    @Test
    void everyPortraitFitsTwoPagesAndARegionWithoutFiguresSaysWhichSourceWouldFeedIt() throws Exception {
        Factsheet province = factsheets.factsheet("vmbo-PV27").orElseThrow();
        assertThat(province.figures()).filteredOn(f -> f.indicator().equals(INDICATOR)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(1350.0 + 190.0));
        Factsheet brabant = factsheets.factsheet("vmbo-RMC34").orElseThrow();
        assertThat(brabant.figures()).filteredOn(f -> f.indicator().equals(INDICATOR)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(860.0));

        Factsheet empty = factsheets.factsheet("vmbo-RMC01").orElseThrow();
        assertThat(empty.figures()).noneMatch(f -> f.indicator().equals(INDICATOR));
        String html = new String(documents.render(empty, DocumentFormat.HTML), StandardCharsets.UTF_8);
        if (empty.figures().isEmpty()) {
            assertThat(html).contains("nog geen vmbo-cijfers geladen").contains("Leerlingen vo per vestiging naar onderwijstype");
        }
        // Every portrait indicator is in the key figures, and everything still fits two pages.
        Factsheet amsterdam = factsheets.factsheet("vmbo-RMC21").orElseThrow();
        assertThat(amsterdam.figures()).extracting(Factsheet.Figure::indicator).containsExactlyInAnyOrderElementsOf(
                monitor.indicators().stream().filter(Factsheets::isPortraitIndicator)
                        .filter(i -> monitor.series(i.code(), "RMC21", Map.of()).points().stream().anyMatch(p -> p.value() != null))
                        .map(Indicator::code).toList());
        assertThat(amsterdam.figures()).extracting(Factsheet.Figure::indicator)
                .anyMatch(i -> i.startsWith("po-")).anyMatch(i -> i.startsWith("vmbo-") && !i.equals(INDICATOR));
        Map<String, Integer> pages = new TreeMap<>();
        java.nio.file.Files.createDirectories(ReportDocumentsIntegrationTest.SAMPLES);
        for (Geography region : factsheets.vmboRegions()) {
            Factsheet sheet = factsheets.factsheet(Factsheets.VMBO_PREFIX + region.code()).orElseThrow();
            byte[] bytes = documents.render(sheet, DocumentFormat.PDF);
            if (List.of("vmbo-PV27", "vmbo-RMC21").contains(sheet.code())) {
                java.nio.file.Files.write(ReportDocumentsIntegrationTest.SAMPLES.resolve("factsheet-" + sheet.code() + ".pdf"), bytes);
            }
            try (var pdf = Loader.loadPDF(bytes)) {
                pages.put(sheet.code(), pdf.getNumberOfPages());
            }
        }
        assertThat(pages).as("pages per portrait").hasSize(12 + 39).allSatisfy((code, n) -> assertThat(n).as(code).isBetween(1, 2));
        assertThat(Map.of("ids", factsheets.ids().size())).containsEntry("ids", 47 + 12 + 39);
    }

    /** A vmbo count for the test only (the DUO vmbo indicators come from another import); removed afterwards. */
    static void addIndicator(JdbcClient jdbc) {
        jdbc.sql("""
                insert into indicator (code, name_nl, name_en, definition_nl, definition_en, kind, unit, source,
                                       themes, data_file, position)
                values (?, 'Vmbo-leerlingen in de sector techniek (proef)', 'Vmbo pupils in the sector techniek (test)',
                        'Proefcijfers van de test.', 'Test figures.', 'COUNT', 'PERSONS', 'Proefbestand van de test',
                        '{kiezen}', 'test', 9999)
                on conflict (code) do nothing""").param(INDICATOR).update();
    }

    static void removeIndicator(JdbcClient jdbc) {
        jdbc.sql("delete from observation where indicator_id = (select id from indicator where code = ?)")
                .param(INDICATOR).update();
        jdbc.sql("delete from indicator where code = ?").param(INDICATOR).update();
    }
}
