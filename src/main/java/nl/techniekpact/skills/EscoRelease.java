package nl.techniekpact.skills;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.shared.InvalidInput;

/** Parsed content of one ESCO release: the files of one download, all of one ESCO version. */
public final class EscoRelease {

    private static final Pattern VERSION = Pattern.compile("v?(\\d{1,3}(?:\\.\\d{1,3}){0,3})");

    private EscoRelease() {
    }

    /** "v1.2.0", "1.2" → "1.2.0", "1.2"; anything else is refused. */
    public static String version(String text) {
        var m = VERSION.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw InvalidInput.of("version", "esco.import.bad-version");
        }
        return m.group(1);
    }

    /** What an import stored, and what did not join: per kind, the count and a few examples. */
    public record Result(long importId, String version, Map<String, Integer> counts, Map<String, Unjoined> unjoined,
                         List<ImportError> errors) {

        public boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** References of one kind whose concept is not known: how many, and the first few (file:line URI). */
    public record Unjoined(int count, List<String> examples) {
    }

    /** A release to import: its ESCO version, where it comes from, and its files. */
    public record Request(String version, String source, List<SourceFile> files) {
        public Request {
            version = EscoRelease.version(version);
            files = List.copyOf(files);
        }
    }
}
