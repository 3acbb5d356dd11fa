package nl.techniekpact.importers;

import java.util.List;

/**
 * What a parser read. Parsers collect every error they can locate instead of stopping at the first; the
 * caller decides what to do with a result that has errors (the importers store nothing then). Rows on lines
 * with errors are left out of {@code rows}.
 *
 * @param skippedLines  lines skipped as download artefacts: blank, or holding only {@code ""}
 * @param missingValues blank, {@code ""} or {@code null} values, which yield no row
 */
public record ParseResult<T>(List<T> rows, List<ImportError> errors, int skippedLines, int missingValues) {

    public ParseResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
