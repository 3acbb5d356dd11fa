package nl.techniekpact.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to import: the format, the file (CBS OData pages: several files, in order), and the provenance the
 * figures will carry. {@code dataset} names the DUO file kind ({@code hbo-eerstejaars}, {@code mbo-deelnemers}
 * …) or the CBS table ({@code 83599NED}); {@code mapping} is the JSON column mapping for CSV and xlsx.
 */
public record ImportRequest(ImportFormat format, List<File> files, String dataset, String mapping,
                            String sourceOrganisation, LocalDate retrievedOn, boolean provisional) {

    public record File(String name, byte[] content) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    public ImportRequest {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
    }

    public long size() {
        return files.stream().mapToLong(f -> f.content().length).sum();
    }
}
