package nl.techniekpact.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a folder of public source files through the ordinary imports at start-up, when
 * {@code techniekpact.monitor.import-directory} names one (the development command points it at
 * {@code ../shared/external-data}). It knows that folder's layout: the CBS crosswalk, DUO files, CBS OData
 * tables and the cartomap boundaries. Files already imported unchanged are skipped; every import is queued on
 * the import worker, so the platform serves pages while they run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ExternalDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExternalDataLoader.class);
    private static final Actor ACTOR = Actor.system("external-data");

    private final MonitorImports imports;
    private final ImportJobStore jobs;
    private final String directory;

    ExternalDataLoader(MonitorImports imports, ImportJobStore jobs,
                       @Value("${techniekpact.monitor.import-directory:}") String directory) {
        this.imports = imports;
        this.jobs = jobs;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path root = Path.of(directory);
        if (!Files.isDirectory(root)) {
            log.info("Monitor import directory {} not found; nothing loaded", root.toAbsolutePath());
            return;
        }
        for (ImportRequest request : requests(root)) {
            if (jobs.alreadyLoaded(request.format().code(), ImportJobStore.sha256(request))) {
                continue;
            }
            log.info("Importing {} ({})", request.files().getFirst().name(), request.format().code());
            imports.submit(request, ACTOR);
        }
    }

    static List<ImportRequest> requests(Path root) {
        List<ImportRequest> requests = new ArrayList<>();
        add(requests, ImportFormat.CROSSWALK, null, files(root, "cbs-gemeente-regios-", "municipalities.csv"));
        add(requests, ImportFormat.BOUNDARIES, null, files(root, "cartomap-nl-boundaries-", "provincie_", "arbeidsmarktregio_",
                "landsdeel_"));
        add(requests, ImportFormat.DUO, "hbo-eerstejaars", files(root, "duo-hbo-eerstejaars-", ".csv"));
        add(requests, ImportFormat.DUO, "mbo-deelnemers", files(root, "duo-mbo-deelnemers-", ".csv"));
        add(requests, ImportFormat.CBS_ODATA3, "83599NED", files(root, "cbs-odata3-", "tables_2.json", "tables_3.json"));
        add(requests, ImportFormat.CBS_ODATA3, "80137NED", files(root, "cbs-odata3-", "meta_4.json", "meta_5.json",
                "meta_6.json", "meta_7.json", "meta_8.json"));
        return requests;
    }

    private static void add(List<ImportRequest> requests, ImportFormat format, String dataset,
                            List<ImportRequest.File> files) {
        if (!files.isEmpty()) {
            requests.add(new ImportRequest(format, files, dataset, null, null, null, false));
        }
    }

    /** Files in folders starting with {@code folderPrefix} whose names start with (or end in) the given parts. */
    private static List<ImportRequest.File> files(Path root, String folderPrefix, String... names) {
        List<ImportRequest.File> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(folderPrefix)).sorted().toList()) {
                for (String name : names) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)
                                || (name.startsWith(".") && f.getFileName().toString().endsWith(name))).sorted().toList()) {
                            found.add(new ImportRequest.File(file.getFileName().toString(), Files.readAllBytes(file)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

}
