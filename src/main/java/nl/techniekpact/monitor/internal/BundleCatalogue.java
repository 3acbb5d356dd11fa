package nl.techniekpact.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.OpenDataBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundle as the class path holds it: {@code open-data/bundle.yaml} names each dataset's folder, licence,
 * origin, files (with the size and SHA-256 of the original bytes; large files are stored gzip-compressed) and the
 * imports that load them. Reading a file checks it against the manifest, so a damaged copy is never imported.
 */
@Component
class BundleCatalogue implements OpenDataBundle {

    static final String ROOT = "classpath:open-data/";

    record Manifest(List<DatasetEntry> datasets) {
    }

    record DatasetEntry(String folder, Text title, String organisation, String credit, LicenceEntry licence,
                        String origin, List<FileEntry> files, List<ImportEntry> imports) {
    }

    record Text(String nl, String en) {
    }

    /** {@code redistribute}: false where the licence grants no reuse; the file is then used, not offered. */
    record LicenceEntry(String name, String url, Boolean redistribute) {

        boolean redistributable() {
            return redistribute == null || redistribute;
        }
    }

    record FileEntry(String name, long size, String sha256, String stored) {
    }

    /** {@code retrieved}: the date of the copy, for a file that takes its period from it (a register). */
    record ImportEntry(String format, String dataset, java.time.LocalDate retrieved, List<String> files) {
    }

    private final ResourceLoader resources;
    private final ImportJobStore jobs;
    private final Manifest manifest;
    private final Map<String, DatasetEntry> byFileSha = new HashMap<>();
    private final Map<ImportEntry, String> requestSha = new java.util.concurrent.ConcurrentHashMap<>();

    BundleCatalogue(ResourceLoader resources, ImportJobStore jobs) {
        this.resources = resources;
        this.jobs = jobs;
        this.manifest = readManifest(resources.getResource(ROOT + "bundle.yaml"));
        for (DatasetEntry dataset : manifest.datasets()) {
            dataset.files().forEach(f -> byFileSha.put(f.sha256(), dataset));
        }
    }

    private static Manifest readManifest(Resource resource) {
        if (!resource.exists()) {
            return new Manifest(List.of());
        }
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resource.getInputStream()) {
            Manifest read = yaml.readValue(in, Manifest.class);
            for (DatasetEntry d : read.datasets()) {
                for (ImportEntry load : d.imports()) {
                    if (ImportFormat.of(load.format()).isEmpty()) {
                        throw new IllegalStateException("open-data/bundle.yaml: " + d.folder() + ": unknown format "
                                + load.format());
                    }
                    for (String name : load.files()) {
                        if (d.files().stream().noneMatch(f -> f.name().equals(name))) {
                            throw new IllegalStateException("open-data/bundle.yaml: " + d.folder()
                                    + ": import of a file not in the dataset: " + name);
                        }
                    }
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading open-data/bundle.yaml", e);
        }
    }

    @Override
    public List<Dataset> datasets() {
        return manifest.datasets().stream().map(this::dataset).toList();
    }

    @Override
    public Optional<Dataset> datasetOfImport(String sha256) {
        return entryOfImport(sha256).map(this::dataset);
    }

    Optional<DatasetEntry> entryOfImport(String sha256) {
        DatasetEntry entry = byFileSha.get(sha256);
        if (entry == null) {
            for (DatasetEntry d : manifest.datasets()) {
                for (ImportEntry load : d.imports()) {
                    if (requestSha(d, load).equals(sha256)) {
                        entry = d;
                    }
                }
            }
        }
        return Optional.ofNullable(entry);
    }

    @Override
    public Optional<byte[]> file(String folder, String name) {
        if (name.equals("SOURCE.md") && manifest.datasets().stream().anyMatch(d -> d.folder().equals(folder))) {
            try (InputStream in = resources.getResource(ROOT + folder + "/SOURCE.md").getInputStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return manifest.datasets().stream().filter(d -> d.folder().equals(folder)).findFirst()
                .flatMap(d -> d.files().stream().filter(f -> f.name().equals(name)).findFirst()
                        .map(f -> content(d.folder(), f)));
    }

    private String requestSha(DatasetEntry d, ImportEntry load) {
        return requestSha.computeIfAbsent(load, e -> ImportJobStore.sha256(request(d, e)));
    }

    private Dataset dataset(DatasetEntry d) {
        List<Load> loads = new ArrayList<>();
        for (ImportEntry entry : d.imports()) {
            ImportFormat format = ImportFormat.of(entry.format()).orElseThrow();
            String sha = requestSha(d, entry);
            loads.add(new Load(format, entry.dataset(), entry.files(), jobs.latest(format.code(), sha).orElse(null)));
        }
        return new Dataset(d.folder(), d.title().nl(), d.title().en(), d.organisation(), d.credit(),
                d.licence().name(), d.licence().url(), d.licence().redistributable(), d.origin(),
                d.files().stream().map(f -> new File(f.name(), f.size(), f.sha256())).toList(), loads);
    }

    /** The imports of the bundle, in order, each with its files read and checked. */
    List<ImportRequest> requests() {
        List<ImportRequest> requests = new ArrayList<>();
        for (DatasetEntry d : manifest.datasets()) {
            for (ImportEntry entry : d.imports()) {
                requests.add(request(d, entry));
            }
        }
        return requests;
    }

    ImportRequest request(DatasetEntry d, ImportEntry entry) {
        List<ImportRequest.File> files = new ArrayList<>();
        for (String name : entry.files()) {
            FileEntry file = d.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            files.add(new ImportRequest.File(name, content(d.folder(), file)));
        }
        return new ImportRequest(ImportFormat.of(entry.format()).orElseThrow(), files, entry.dataset(), null,
                d.organisation(), entry.retrieved(), false);
    }

    /** The original bytes of a bundled file, checked against the manifest's size and SHA-256. */
    byte[] content(String folder, FileEntry file) {
        String stored = file.stored() == null ? file.name() : file.stored();
        Resource resource = resources.getResource(ROOT + folder + "/" + stored);
        try (InputStream raw = resource.getInputStream();
             InputStream in = stored.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] content = in.readAllBytes();
            String sha = ImportJobStore.sha256(content);
            if (content.length != file.size() || !sha.equals(file.sha256())) {
                throw new IllegalStateException("open-data/" + folder + "/" + stored + " does not match the manifest"
                        + " (size " + content.length + ", sha256 " + sha + ")");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading open-data/" + folder + "/" + stored, e);
        }
    }

    List<DatasetEntry> manifestEntries() {
        return manifest.datasets();
    }

    /** Every file of the bundle with its original bytes (for checks). */
    Map<String, byte[]> allFiles() {
        Map<String, byte[]> all = new HashMap<>();
        for (DatasetEntry d : manifest.datasets()) {
            for (FileEntry f : d.files()) {
                all.put(d.folder() + "/" + f.name(), content(d.folder(), f));
            }
        }
        return all;
    }
}
