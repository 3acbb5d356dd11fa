package nl.techniekpact.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At first start, under the start-up lock and after the seeds: the scheme lists of the open-data bundle
 * ({@code open-data/subsidieregelingen-citydeals-2022}) into a catalogue that has no imported scheme yet; with
 * one there (a restart, another instance, the office's own import) nothing is written. The file with month names in
 * its dates comes before the one that repeats its six schemes with numeric dates of mixed order, so the first
 * one read is the unambiguous one. Each file's date is its last change in the source repository (its SOURCE.md).
 * Switched off with {@code techniekpact.schemes.bundle.load=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 51)
class SchemeListLoader implements ApplicationRunner {

    static final String FOLDER = "open-data/subsidieregelingen-citydeals-2022/";
    static final String PUBLISHER = "SnelSubsidies/SubsidieRadar (studentenproject City Deals, 2022)";

    record Bundled(String name, LocalDate changed) {
    }

    static final List<Bundled> FILES = List.of(
            new Bundled("Circulair-Bouwen.csv", LocalDate.of(2022, 11, 12)),
            new Bundled("Database-ready-Gezonde-en-Duurzame-Voedselomgeving.csv", LocalDate.of(2023, 1, 11)),
            new Bundled("Database-ready-Slimme-stad.csv", LocalDate.of(2023, 1, 11)));

    private static final Logger log = LoggerFactory.getLogger(SchemeListLoader.class);

    private final SchemeImports imports;
    private final boolean enabled;

    SchemeListLoader(SchemeImports imports, @Value("${techniekpact.schemes.bundle.load:true}") boolean enabled) {
        this.imports = imports;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            load();
        }
    }

    /** Loads the bundled lists unless an imported scheme is there; the result (empty when skipped). */
    SchemeImports.Result load() {
        SchemeImports.Result result = imports.run(files(), Actor.system("scheme-list-loader"), true);
        if (result.failed()) {
            throw new IllegalStateException("The bundled scheme lists do not read: " + result.errors().getFirst());
        }
        log.info("Schemes catalogue: {} schemes from the bundled lists added", result.added());
        return result;
    }

    static List<SchemeImports.ListFile> files() {
        List<SchemeImports.ListFile> files = new ArrayList<>();
        for (Bundled file : FILES) {
            files.add(new SchemeImports.ListFile(SourceFile.of(file.name(), bytes(file.name())),
                    SchemeImports.source(file.name(), PUBLISHER), file.changed()));
        }
        return files;
    }


    private static byte[] bytes(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + name, e);
        }
    }
}
