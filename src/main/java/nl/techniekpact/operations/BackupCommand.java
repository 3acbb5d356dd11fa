package nl.techniekpact.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Backup and restore from the command line of the jar, with the platform stopped (the embedded database's data
 * directory belongs to one JVM at a time; a running platform is backed up through {@code GET
 * /api/v1/office/backup}):
 * {@code java -jar techniekpact.jar backup FILE.zip} and {@code java -jar techniekpact.jar restore FILE.zip}.
 * Runs before anything else the platform does at start, prints what it did, and exits 0 (done), 1 (failed,
 * with the reason; a restore then wrote nothing) or 2 (wrong arguments).
 */
@Component
@ConditionalOnExpression("'${techniekpact.command:}' == 'backup' or '${techniekpact.command:}' == 'restore'")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = """
            Gebruik / usage: java -jar techniekpact.jar backup BESTAND.zip
                             java -jar techniekpact.jar restore BESTAND.zip   (in een lege installatie / an empty install)""";

    private final PlatformBackup backups;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;
    private int exitCode = 2;

    BackupCommand(PlatformBackup backups, ConfigurableApplicationContext context) {
        this.backups = backups;
        this.context = context;
    }

    /**
     * Does the work, then ends the JVM before the platform's start-up loaders (the runners after this one) could
     * write to the install: a failed restore leaves it as empty as it was, so it can simply be tried again.
     */
    @Override
    public void run(ApplicationArguments args) {
        execute(args);
        out.flush();
        System.exit(SpringApplication.exit(context, this));
    }

    private void execute(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2) {
            out.println(USAGE);
            exitCode = 2;
            return;
        }
        Path file = Path.of(words.get(1)).toAbsolutePath();
        try {
            exitCode = words.getFirst().equals("backup") ? backup(file) : restore(file);
        } catch (BackupException | IOException | SQLException e) {
            out.println("Mislukt / failed: " + e.getMessage());
            exitCode = 1;
        }
    }

    private int backup(Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        BackupManifest manifest;
        try (OutputStream out = Files.newOutputStream(partial)) {
            manifest = backups.write(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf("Backup %s: %d tabellen, %d rijen, schemaversie %s%n", file, manifest.tables().size(),
                manifest.rows(), manifest.schemaVersion());
        return 0;
    }

    private int restore(Path file) throws IOException, SQLException {
        if (!Files.isReadable(file)) {
            out.println("Mislukt / failed: cannot read " + file);
            return 1;
        }
        BackupManifest manifest = backups.restore(file);
        out.printf("Teruggezet / restored %s: %d tabellen, %d rijen, genomen op %s%n", file,
                manifest.tables().size(), manifest.rows(), manifest.takenAt());
        return 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
