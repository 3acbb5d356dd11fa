package nl.techniekpact.monitor;

import nl.techniekpact.TestPlatformProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.techniekpact.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The monitor module started as a Spring Modulith slice in BootstrapMode.ALL_DEPENDENCIES: monitor plus the
 * modules whose beans it uses (the log lists pact, audit, accounts, system; charts and importers have no beans,
 * and their classes are used directly), without rounds or reports. DIRECT_DEPENDENCIES was not tried. A small
 * CSV with a column mapping goes in through {@link MonitorImports}, and the series comes back out through
 * {@link Monitor}, with the provenance the request gave.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestPlatformProperties
class MonitorModuleIntegrationTest {

    static final String INDICATOR = "werkzame-beroepsbevolking-techniek-ict";

    @Autowired
    MonitorImports imports;
    @Autowired
    Monitor monitor;

    @Test
    void aMappedCsvImportIsReadBackAsASeries() {
        String csv = "Regio;Periode;Aantal\r\nPV20;2021;1200\r\nPV22;2021;300\r\nNL01;2021;1500\r\n";
        String mapping = """
                {"indicator": "%s", "region": "Regio", "period": "Periode", "value": "Aantal", "unitFactor": 1}"""
                .formatted(INDICATOR);
        ImportRequest request = new ImportRequest(ImportFormat.CSV,
                List.of(new ImportRequest.File("uwv.csv", csv.getBytes(StandardCharsets.UTF_8))), null, mapping,
                "UWV", LocalDate.of(2026, 11, 1), false);

        ImportJob job = imports.run(request, Actor.system("module-test"));

        assertThat(job.state()).as("%s %s", job.message(), job.errors()).isEqualTo(ImportJob.State.DONE);
        assertThat(imports.job(job.id())).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(ImportJob.State.DONE));
        Series groningen = monitor.series(INDICATOR, "PV20", Map.of());
        assertThat(groningen.indicator().code()).isEqualTo(INDICATOR);
        assertThat(groningen.geography().code()).isEqualTo("PV20");
        assertThat(groningen.points()).filteredOn(MonitorModuleIntegrationTest::year2021)
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualTo(1200.0));
        assertThat(monitor.series(INDICATOR, "PV22", Map.of()).points()).filteredOn(MonitorModuleIntegrationTest::year2021)
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualTo(300.0));
        assertThat(monitor.series(INDICATOR, "NL01", Map.of()).points()).filteredOn(MonitorModuleIntegrationTest::year2021)
                .singleElement().satisfies(p -> {
                    assertThat(p.value()).isEqualTo(1500.0);
                    assertThat(p.provenance()).extracting(Provenance::organisation).contains("UWV");
                });
    }

    /** "2021" in the file is the calendar year 2021 in the monitor (CBS code 2021JJ00). */
    private static boolean year2021(SeriesPoint point) {
        return point.kind() == Period.Kind.YEAR && point.position() == 2021.0;
    }
}
