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
import nl.techniekpact.monitor.ImportJob;
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
 * Loads the monitor's public source files at start-up, through the ordinary imports (all-or-nothing, idempotent,
 * audited, with provenance), and before the platform serves requests (see {@code system.StartupGate}): first the
 * open-data bundle the platform ships ({@link BundleCatalogue}), then — when
 * {@code techniekpact.monitor.import-directory} ({@code TECHNIEKPACT_MONITOR_IMPORT_DIRECTORY}) names one — a
 * folder of one's own in the layout of {@code ../shared/external-data}. Imports of files already loaded unchanged
 * are skipped, so a restart loads nothing again. An import that fails is logged and recorded as a failed job (the
 * office sees it with its errors); the platform still starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class StartupImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupImports.class);
    private static final Actor BUNDLE = Actor.system("open-data-bundle");
    private static final Actor DIRECTORY = Actor.system("import-directory");

    private final MonitorImports imports;
    private final ImportJobStore jobs;
    private final BundleCatalogue bundle;
    private final boolean loadBundle;
    private final String directory;

    StartupImports(MonitorImports imports, ImportJobStore jobs, BundleCatalogue bundle,
                   @Value("${techniekpact.monitor.open-data.load:true}") boolean loadBundle,
                   @Value("${techniekpact.monitor.import-directory:}") String directory) {
        this.imports = imports;
        this.jobs = jobs;
        this.bundle = bundle;
        this.loadBundle = loadBundle;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadBundle) {
            long started = System.nanoTime();
            int loaded = load(bundle.requests(), BUNDLE);
            log.info("Open-data bundle: {} imports run, the rest already loaded ({} ms)", loaded,
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path root = Path.of(directory);
        if (!Files.isDirectory(root)) {
            log.info("Monitor import directory {} not found; nothing loaded from it", root.toAbsolutePath());
            return;
        }
        load(requests(root), DIRECTORY);
    }

    private int load(List<ImportRequest> requests, Actor actor) {
        int run = 0;
        for (ImportRequest request : requests) {
            if (jobs.alreadyLoaded(request.format().code(), ImportJobStore.sha256(request))) {
                continue;
            }
            String name = request.files().getFirst().name();
            long started = System.nanoTime();
            ImportJob job = imports.run(request, actor);
            run++;
            if (job.state() == ImportJob.State.DONE) {
                log.info("Imported {} ({}): {} new, {} revised, {} unchanged cells in {} ms", name,
                        request.format().code(), job.cellsInserted(), job.cellsRevised(), job.cellsUnchanged(),
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                log.error("Import of {} ({}) failed: {} {}", name, request.format().code(), job.message(),
                        job.errors().stream().limit(5).map(e -> e.file() + ":" + e.line() + " " + e.message()).toList());
            }
        }
        return run;
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
