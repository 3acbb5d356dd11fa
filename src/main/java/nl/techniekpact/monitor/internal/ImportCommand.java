package nl.techniekpact.monitor.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorImports;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The import from the command line of the jar:
 * {@code java -jar techniekpact.jar import --format=duo --dataset=hbo-eerstejaars FILE…}. Runs the same import
 * as the web and the API (all-or-nothing, idempotent), prints the result or every error as
 * {@code file:line:column CODE message}, and exits 0 (DONE), 1 (FAILED) or 2 (wrong arguments).
 */
@Component
@ConditionalOnProperty(name = "techniekpact.command", havingValue = "import")
@Order(Ordered.LOWEST_PRECEDENCE)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = """
            Gebruik: java -jar techniekpact.jar import --format=FORMAAT [--dataset=NAAM] [--mapping-file=MAPPING.json]
                     [--source=ORGANISATIE] [--retrieved-on=JJJJ-MM-DD] [--provisional] BESTAND...
            FORMAAT: duo | cbs-odata3 | cbs-odata4 | xlsx | csv | gebieden | geojson""";

    private final MonitorImports imports;
    private final PrintStream out;
    private int exitCode = 2;

    ImportCommand(MonitorImports imports) {
        this.imports = imports;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(args, imports, out);
    }

    static int execute(ApplicationArguments args, MonitorImports imports, PrintStream out) {
        ImportFormat format = ImportFormat.of(option(args, "format")).orElse(null);
        List<String> paths = args.getNonOptionArgs().stream().filter(a -> !a.equals("import")).toList();
        if (format == null || paths.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        try {
            List<ImportRequest.File> files = new ArrayList<>();
            for (String path : paths) {
                files.add(new ImportRequest.File(Path.of(path).getFileName().toString(), Files.readAllBytes(Path.of(path))));
            }
            String mappingFile = option(args, "mapping-file");
            String mapping = mappingFile == null ? null : Files.readString(Path.of(mappingFile));
            String retrieved = option(args, "retrieved-on");
            ImportRequest request = new ImportRequest(format, files, option(args, "dataset"), mapping,
                    option(args, "source"), retrieved == null ? null : LocalDate.parse(retrieved),
                    args.containsOption("provisional"));
            ImportJob job = imports.run(request, Actor.system("command-line"));
            if (job.state() == ImportJob.State.DONE) {
                out.printf("Import %d klaar: %d bronregels, %d cellen nieuw, %d herzien, %d ongewijzigd.%n", job.id(),
                        job.rowsRead(), job.cellsInserted(), job.cellsRevised(), job.cellsUnchanged());
                if (job.message() != null) {
                    out.println(job.message());
                }
                return 0;
            }
            out.printf("Import %d mislukt; er is niets opgeslagen. %s%n", job.id(), job.message());
            job.errors().forEach(e -> out.printf("%s:%d:%d %s %s%n", e.file(), e.line(), e.column(), e.code(),
                    e.message()));
            return 1;
        } catch (IOException | DateTimeParseException e) {
            out.println("Kan de invoer niet lezen: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
