package nl.techniekpact.monitor.internal.sources;

import java.util.List;

/**
 * A download that could not give an importable document: unreachable, timed out, an HTTP error, too large,
 * not JSON. {@code key} is a {@code messages.properties} key under {@code monitor.sources.error.}, so the page
 * says it in the reader's language.
 */
final class SourceFailed extends RuntimeException {

    private final String key;
    private final List<String> arguments;

    SourceFailed(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = "monitor.sources.error." + key;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    String key() {
        return key;
    }

    List<String> arguments() {
        return arguments;
    }
}
