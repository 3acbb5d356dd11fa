package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.techniekpact.OpenDataFiles;
import nl.techniekpact.audit.Actor;

/**
 * Loads the real public source files (the project's open-data bundle, unchanged copies of
 * {@code ../shared/external-data/}) through the platform's imports. Imports are idempotent, so every test class may call these in any order.
 */
public final class MonitorFixtures {

    public static final String CROSSWALK = "cbs-gemeente-regios-2010-2026/municipalities.csv";
    public static final String HBO = "duo-hbo-eerstejaars-2019/hbo_inscriptions_2019.csv";
    public static final String MBO = "duo-mbo-deelnemers-2015-2019/mbo_inscriptions_2019.csv";
    public static final String CBS_DIR = "cbs-odata3-80137ned-83599ned";

    private MonitorFixtures() {
    }

    /** A real source file: from the project's open-data bundle, else {@code ../shared/external-data/}. */
    public static Path external(String relative) {
        return OpenDataFiles.path(relative);
    }

    public static ImportRequest.File file(String relative) {
        Path path = external(relative);
        try {
            return new ImportRequest.File(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportRequest request(ImportFormat format, String dataset, ImportRequest.File... files) {
        return new ImportRequest(format, List.of(files), dataset, null, null, null, false);
    }

    public static ImportJob done(ImportJob job) {
        assertThat(job.state()).as("import %s: %s %s", job.fileName(), job.message(), job.errors())
                .isEqualTo(ImportJob.State.DONE);
        return job;
    }

    public static void loadCrosswalk(MonitorImports imports) {
        done(imports.run(request(ImportFormat.CROSSWALK, null, file(CROSSWALK)), Actor.system("test")));
    }

    public static void loadHbo(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(request(ImportFormat.DUO, "hbo-eerstejaars", file(HBO)), Actor.system("test")));
    }

    public static void loadMbo(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(request(ImportFormat.DUO, "mbo-deelnemers", file(MBO)), Actor.system("test")));
    }

    public static final String BOUNDARIES = "cartomap-nl-boundaries-2023";

    /** Province and labour-market-region boundaries (the crosswalk first: it brings the AM regions). */
    public static void loadBoundaries(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(request(ImportFormat.BOUNDARIES, null, file(BOUNDARIES + "/provincie_2023.geojson"),
                file(BOUNDARIES + "/arbeidsmarktregio_2023.geojson"), file(BOUNDARIES + "/landsdeel_2023.geojson")),
                Actor.system("test")));
    }

    public static void loadVacancies(MonitorImports imports) {
        done(imports.run(request(ImportFormat.CBS_ODATA3, null, file(CBS_DIR + "/tables_2.json"),
                file(CBS_DIR + "/tables_3.json")), Actor.system("test")));
    }

    public static final String VO_ONDERWIJSTYPE =
            "duo-leerlingen-vo-onderwijstype-2019/leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";
    public static final String PO_VESTIGINGEN = "duo-vestigingen-po-2026/02.-alle-schoolvestigingen-basisonderwijs.csv";
    public static final String PO_LEERLINGEN =
            "duo-leerlingen-po-per-vestiging-1996-2025/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv";
    /** The day the register copy was committed (its SOURCE.md): the register's school year is 2026/2027. */
    public static final java.time.LocalDate PO_VESTIGINGEN_RETRIEVED = java.time.LocalDate.of(2026, 8, 4);

    /** The vo file by its header alone (no dataset named). */
    public static void loadVoOnderwijstype(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(request(ImportFormat.DUO, null, file(VO_ONDERWIJSTYPE)), Actor.system("test")));
    }

    public static void loadPoVestigingen(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(new ImportRequest(ImportFormat.DUO, List.of(file(PO_VESTIGINGEN)), null, null, "DUO",
                PO_VESTIGINGEN_RETRIEVED, false), Actor.system("test")));
    }

    public static void loadPoLeerlingen(MonitorImports imports) {
        loadCrosswalk(imports);
        done(imports.run(request(ImportFormat.DUO, null, file(PO_LEERLINGEN)), Actor.system("test")));
    }
}
