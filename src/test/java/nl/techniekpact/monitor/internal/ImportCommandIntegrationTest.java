package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The command-line import: the same import, its result printed, exit code 0 / 1 / 2. */
@PlatformIntegrationTest
class ImportCommandIntegrationTest {

    @Autowired
    MonitorImports imports;

    @TempDir
    Path dir;

    @Test
    void importsPrintsAndExitsWithTheResult() throws Exception {
        MonitorFixtures.loadCrosswalk(imports);
        Path mapping = Files.writeString(dir.resolve("mapping.json"), """
                {"indicator": "werkzame-beroepsbevolking-techniek-ict", "region": "Regio", "period": "Periode",
                 "value": "Aantal"}""");
        Path good = Files.writeString(dir.resolve("provincie.csv"), "Regio;Periode;Aantal\nGM0014;2018;10\n");
        Path bad = Files.writeString(dir.resolve("kapot.csv"), "Regio;Periode;Aantal\nGM0014;2018;tien\n");

        Result ok = run("import", "--format=csv", "--mapping-file=" + mapping, "--source=Provincie Groningen", good.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.output()).contains("klaar");
        Result again = run("import", "--format=csv", "--mapping-file=" + mapping, "--source=Provincie Groningen", good.toString());
        assertThat(again.output()).contains("0 cellen nieuw, 0 herzien");
        Result failed = run("import", "--format=csv", "--mapping-file=" + mapping, bad.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.output()).contains("kapot.csv:2:3 BAD_NUMBER");
        assertThat(run("import", "--format=pdf", good.toString()).code()).isEqualTo(2);
        assertThat(run("import", "--format=csv").output()).contains("Gebruik:");
    }

    private record Result(int code, String output) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = ImportCommand.execute(new DefaultApplicationArguments(args), imports,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }
}
