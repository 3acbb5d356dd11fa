package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import nl.techniekpact.OpenDataFiles;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The bundle is what it says: every file's original bytes match the manifest's size and SHA-256, the SHA-256 that
 * the dataset's own SOURCE.md states (where it states them) and, where {@code ../shared/external-data} is beside
 * the project (always in CI), the copy there byte for byte. Every dataset names its licence and origin; every
 * folder holds only what the manifest lists.
 */
class OpenDataBundleTest {

    private final BundleCatalogue bundle = new BundleCatalogue(new DefaultResourceLoader(), null);

    @Test
    void everyFileIsAnUnchangedCopyWithItsLicenceAndOrigin() throws IOException {
        Map<String, byte[]> files = bundle.allFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (BundleCatalogue.DatasetEntry d : manifestEntries()) {
            assertThat(d.licence().name()).as(d.folder()).isNotBlank();
            assertThat(d.licence().url()).as(d.folder()).startsWith("https://");
            assertThat(d.origin()).as(d.folder()).contains("http");
            assertThat(d.credit()).as(d.folder()).startsWith("Bron: ");
            Path folder = OpenDataFiles.BUNDLE.resolve(d.folder());
            String source = Files.readString(folder.resolve("SOURCE.md"), StandardCharsets.UTF_8);
            for (BundleCatalogue.FileEntry f : d.files()) {
                byte[] content = files.get(d.folder() + "/" + f.name());
                assertThat(content).as(f.name()).hasSize((int) f.size());
                if (source.contains("sha256")) {
                    assertThat(source).as("SOURCE.md of %s states the SHA-256 of %s", d.folder(), f.name())
                            .contains(f.sha256());
                }
                Path shared = OpenDataFiles.EXTERNAL.resolve(d.folder()).resolve(f.name());
                if (Files.isRegularFile(shared)) {
                    assertThat(content).as("%s/%s equals ../shared/external-data", d.folder(), f.name())
                            .isEqualTo(Files.readAllBytes(shared));
                }
            }
            if (Files.isDirectory(OpenDataFiles.EXTERNAL.resolve(d.folder()))) {
                assertThat(source).isEqualTo(Files.readString(OpenDataFiles.EXTERNAL.resolve(d.folder())
                        .resolve("SOURCE.md"), StandardCharsets.UTF_8));
            }
            try (Stream<Path> stored = Files.list(folder)) {
                assertThat(stored.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SOURCE.md"))
                        .map(n -> n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n).sorted().toList())
                        .as("files in %s", d.folder())
                        .isEqualTo(d.files().stream().map(BundleCatalogue.FileEntry::name).sorted().toList());
            }
        }
    }

    @Test
    void theImportsNameFilesOfTheirDatasetAndTheCrosswalkComesFirst() {
        var requests = bundle.requests();
        assertThat(requests).isNotEmpty();
        assertThat(requests.getFirst().format().code()).isEqualTo("gebieden");
        assertThat(requests).allSatisfy(r -> assertThat(r.files()).isNotEmpty());
    }

    @Test
    void aBundledFileIsFoundByTheChecksumOfItsImport() {
        var first = bundle.requests().getFirst();
        String sha = ImportJobStore.sha256(first);
        assertThat(bundle.entryOfImport(sha)).map(BundleCatalogue.DatasetEntry::folder)
                .contains("cbs-gemeente-regios-2010-2026");
        assertThat(bundle.entryOfImport("0".repeat(64))).isEmpty();
        assertThat(bundle.file("cbs-gemeente-regios-2010-2026", "municipalities.csv")).isPresent();
        assertThat(bundle.file("cbs-gemeente-regios-2010-2026", "../../application.yml")).isEmpty();
        assertThat(bundle.file("cbs-gemeente-regios-2010-2026", "SOURCE.md")).isPresent();
    }

    private java.util.List<BundleCatalogue.DatasetEntry> manifestEntries() {
        return bundle.manifestEntries();
    }
}
