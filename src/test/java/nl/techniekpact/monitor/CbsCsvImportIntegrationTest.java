package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.CBS_DIR;
import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.CbsCsvFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * StatLine's CSV download of a known table imports without a mapping and stores exactly what the OData import
 * of the same table stores: after the OData import, the CSV import finds every cell unchanged.
 */
@PlatformIntegrationTest
class CbsCsvImportIntegrationTest {

    @Autowired
    MonitorImports imports;

    private ImportJob run(ImportFormat format, ImportRequest.File... files) {
        return done(imports.run(new ImportRequest(format, List.of(files), null, null, null, null, false),
                Actor.system("test")));
    }

    @Test
    void vacanciesFromTheCsvDownloadEqualTheODataImport() {
        ImportJob odata = run(ImportFormat.CBS_ODATA3, file(CBS_DIR + "/tables_2.json"), file(CBS_DIR + "/tables_3.json"));
        ImportJob csv = run(ImportFormat.CBS_CSV, new ImportRequest.File("83599NED_UntypedDataSet_12062020_141055.csv",
                CbsCsvFixtures.vacanciesData()));
        int cells = odata.cellsInserted() + odata.cellsRevised() + odata.cellsUnchanged();
        assertThat(cells).isGreaterThan(10_000);
        assertThat(csv.cellsUnchanged()).isEqualTo(cells);
        assertThat(csv.cellsInserted() + csv.cellsRevised()).isZero();
        assertThat(csv.sourceOrganisation()).isEqualTo("CBS");
    }

    @Test
    void jobsFromTheCsvDownloadWithMetadataEqualTheODataImport() {
        ImportJob odata = run(ImportFormat.CBS_ODATA3, file(CBS_DIR + "/meta_4.json"), file(CBS_DIR + "/meta_5.json"),
                file(CBS_DIR + "/meta_6.json"), file(CBS_DIR + "/meta_7.json"), file(CBS_DIR + "/meta_8.json"));
        // The metadata file may come first or last; it is recognised by its sections.
        ImportJob csv = run(ImportFormat.CBS_CSV, new ImportRequest.File("80137ned_metadata.csv", CbsCsvFixtures.jobsMetadata()),
                new ImportRequest.File("80137ned_UntypedDataSet_01122026_120000.csv", CbsCsvFixtures.jobsData()));
        int cells = odata.cellsInserted() + odata.cellsRevised() + odata.cellsUnchanged();
        assertThat(cells).isGreaterThan(600);
        assertThat(csv.cellsUnchanged()).isEqualTo(cells);
        assertThat(csv.cellsInserted() + csv.cellsRevised()).isZero();
    }

    @Test
    void anUnknownTableWithoutMappingIsRefusedNamingTheKnownOnes() {
        ImportJob job = imports.run(new ImportRequest(ImportFormat.CBS_CSV, List.of(new ImportRequest.File(
                "85276NED_UntypedDataSet_01122026_120000.csv",
                "\"ID\";\"Perioden\";\"Werkzamen_1\"\r\n\"0\";\"2019JJ00\";\"  12345\"\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                null, null, null, null, false), Actor.system("test"));
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_DATASET");
            assertThat(e.message()).contains("85276NED", "83599NED", "80137NED");
        });
    }
}
