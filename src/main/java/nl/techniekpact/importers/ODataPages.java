package nl.techniekpact.importers;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Checks that the pages of an OData response chain up. Pages are given in order. Every page but the last must
 * carry a next link, whose {@code $skip} must equal the rows read so far; the last must not carry one (else a
 * page is missing). A next link without {@code $skip} (a server {@code $skiptoken}) cannot be checked for gaps.
 */
final class ODataPages {

    private static final Pattern SKIP = Pattern.compile("[?&]\\$skip=(\\d+)");

    private ODataPages() {
    }

    /**
     * @param index     the position of {@code outcome}'s page in {@code pages}
     * @param rowsSoFar rows read from all pages up to and including this one
     * @param nextLink  the top-level property holding the next link ({@code odata.nextLink} in v3,
     *                  {@code @odata.nextLink} in v4)
     */
    static void check(List<SourceFile> pages, int index, JsonDocument.Outcome outcome, int rowsSoFar,
            String nextLink, List<ImportError> errors) {
        SourceFile page = pages.get(index);
        JsonDocument.Cell next = outcome.topLevel().get(nextLink);
        boolean last = index == pages.size() - 1;
        if (next == null && !last) {
            errors.add(ImportError.of(pages.get(index + 1).name(), 1, 0, Code.UNEXPECTED_PAGE, page.name()));
        } else if (next != null && last) {
            errors.add(ImportError.of(page.name(), next.line(), next.column(), Code.MISSING_PAGE, next.text()));
        } else if (next != null) {
            Matcher skip = SKIP.matcher(Objects.toString(next.text(), ""));
            if (skip.find() && Long.parseLong(skip.group(1)) != rowsSoFar) {
                errors.add(ImportError.of(page.name(), next.line(), next.column(), Code.PAGE_GAP, skip.group(1),
                        rowsSoFar));
            }
        }
    }
}
