package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.MalformedFiles;
import nl.techniekpact.importers.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every file of the malformed catalogue ({@link MalformedFiles}, 71 files the tests make) through the real
 * import: the job fails with the precise error (code, line, column) and the database holds exactly what it held
 * before, table by table.
 */
@PlatformIntegrationTest
class MalformedImportIntegrationTest {

    private static final List<String> TABLES = List.of("observation", "observation_revision", "geography",
            "geography_membership", "geography_shape", "period", "breakdown", "audit_event");

    @Autowired
    MonitorImports imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMalformedFileFailsPreciselyAndChangesNothing() {
        MonitorFixtures.loadCrosswalk(imports);
        List<String> failures = new ArrayList<>();
        List<MalformedFiles.Case> cases = MalformedFiles.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        for (MalformedFiles.Case c : cases) {
            Map<String, Integer> before = counts();
            ImportJob job = imports.run(request(c), Actor.system("test"));
            if (job.state() != ImportJob.State.FAILED) {
                failures.add(c.name() + ": " + job.state() + " " + job.message());
                continue;
            }
            boolean precise = job.errors().stream().anyMatch(e -> e.code().equals(c.expectedCode().name())
                    && e.line() == c.expectedLine() && e.column() == c.expectedColumn());
            if (!precise) {
                failures.add(c.name() + ": expected " + c.expectedCode() + " at " + c.expectedLine() + ":"
                        + c.expectedColumn() + " but got " + job.errors());
            }
            if (!counts().equals(before)) {
                failures.add(c.name() + ": the database changed: " + before + " -> " + counts());
            }
        }
        assertThat(failures).isEmpty();
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
        }
        return counts;
    }

    static ImportRequest request(MalformedFiles.Case c) {
        List<ImportRequest.File> files = new ArrayList<>();
        ImportFormat format;
        String dataset = null;
        switch (c.format()) {
            case MalformedFiles.DUO_HBO -> {
                format = ImportFormat.DUO;
                dataset = "hbo-eerstejaars";
            }
            case MalformedFiles.DUO_MBO -> {
                format = ImportFormat.DUO;
                dataset = "mbo-deelnemers";
            }
            case MalformedFiles.CBS_ODATA3 -> {
                format = ImportFormat.CBS_ODATA3;
                files.add(text("DataProperties.json", MalformedFiles.CBS_ODATA3_DATA_PROPERTIES));
                MalformedFiles.cbsOData3CodeLists().forEach((key, json) -> files.add(text(key + ".json", json)));
            }
            case MalformedFiles.CBS_ODATA4 -> {
                format = ImportFormat.CBS_ODATA4;
                files.add(text("Dimensions", MalformedFiles.CBS_ODATA4_DIMENSIONS));
                files.add(text("MeasureCodes", MalformedFiles.CBS_ODATA4_MEASURE_CODES));
                MalformedFiles.cbsOData4CodeLists().forEach((key, json) -> files.add(text(key + "Codes", json)));
            }
            case MalformedFiles.CSV -> format = ImportFormat.CSV;
            case MalformedFiles.XLSX -> format = ImportFormat.XLSX;
            default -> throw new IllegalArgumentException(c.format());
        }
        for (SourceFile page : c.files()) {
            try (var in = page.open()) {
                files.add(new ImportRequest.File(page.name(), in.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new ImportRequest(format, files, dataset, c.mapping(), null, null, false);
    }

    private static ImportRequest.File text(String name, String json) {
        return new ImportRequest.File(name, json.getBytes(StandardCharsets.UTF_8));
    }
}
