package nl.techniekpact.schemes;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.importers.CsvTable;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SourceFile;

/**
 * Reads one scheme list (CSV, the layouts of {@link ListColumn}) into schemes with only what the file states,
 * every fact with the file as its source: a blank cell or "Onbekend" is a fact the file does not state. Amounts
 * and rates keep their text; a plain whole number is also kept as a number. Applicant groups and purposes come
 * from the file's own categories (see {@link ListVocabulary}); a free text is kept as text and not classified.
 * Errors name the file and line; a file with errors gives no schemes.
 */
final class SchemeListReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A scheme and where it was read. */
    record Row(String file, int line, Scheme scheme) {
    }

    record Result(List<Row> rows, List<ImportError> errors) {
    }

    private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");

    private final String source;
    private final LocalDate sourceDate;

    /** {@code source}: the file and its publisher, as every fact names it; {@code sourceDate}: the file's date. */
    SchemeListReader(String source, LocalDate sourceDate) {
        this.source = source;
        this.sourceDate = sourceDate;
    }

    Result read(SourceFile file) {
        CsvTable table = CsvTable.read(file, ',', MAX_BYTES, true);
        if (table.hasErrors()) {
            return new Result(List.of(), table.errors());
        }
        Map<String, Integer> header = table.columns();
        List<ImportError> errors = new ArrayList<>();
        Map<ListColumn, Integer> at = new EnumMap<>(ListColumn.class);
        for (ListColumn column : ListColumn.values()) {
            Optional<Integer> position = column.in(header);
            position.ifPresent(p -> at.put(column, p));
            if (position.isEmpty() && column.required) {
                errors.add(ImportError.of(table.file(), 1, 0, Code.MISSING_HEADER, column.names.getFirst()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<ListDates.Order> settled = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            settled.add(ListDates.settles(row.cells().get(at.get(ListColumn.OPENS))));
            settled.add(ListDates.settles(row.cells().get(at.get(ListColumn.CLOSES))));
        }
        ListDates.Order fileOrder = ListDates.ofFile(settled);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(table.file(), row, at, errors);
            if (cells.blank()) {
                continue;
            }
            Scheme scheme = scheme(cells, fileOrder);
            if (scheme == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(scheme.slug(), row.line());
            if (earlier != null) {
                errors.add(ImportError.of(table.file(), row.line(), 0, Code.DUPLICATE_ROW, "regel " + earlier));
            } else {
                rows.add(new Row(table.file(), row.line(), scheme));
            }
        }
        return errors.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), errors);
    }

    private Scheme scheme(Cells c, ListDates.Order fileOrder) {
        int errorsBefore = c.errors.size();
        String name = c.text(ListColumn.NAME, 300);
        if (name == null) {
            c.errors.add(ImportError.of(c.file, c.row.line(), 1, Code.MISSING_VALUE, ListColumn.NAME.names.getFirst()));
            return null;
        }
        String abbreviation = c.text(ListColumn.ABBREVIATION, 40);
        String organiser = c.text(ListColumn.ORGANISER, 300);
        SchemeLevel level = null;
        String levelText = c.text(ListColumn.LEVEL, 100);
        if (levelText != null) {
            level = ListVocabulary.level(levelText);
            if (level == null) {
                c.errors.add(ImportError.of(c.file, c.row.line(), c.column(ListColumn.LEVEL), Code.UNKNOWN_CODE,
                        levelText));
            }
        }
        Map<Fact, Sourced> facts = new EnumMap<>(Fact.class);
        amount(facts, Fact.BUDGET, c.text(ListColumn.BUDGET, 200));
        amount(facts, Fact.MIN_AMOUNT, c.text(ListColumn.MIN_AMOUNT, 200));
        amount(facts, Fact.MAX_AMOUNT, c.text(ListColumn.MAX_AMOUNT, 200));
        rate(facts, Fact.RATE, c.text(ListColumn.RATE, 500));
        rate(facts, Fact.MIN_RATE, c.text(ListColumn.MIN_RATE, 200));
        rate(facts, Fact.MAX_RATE, c.text(ListColumn.MAX_RATE, 200));
        String goal = c.text(ListColumn.GOAL, 10_000);
        String activities = c.text(ListColumn.ACTIVITIES, 10_000);
        String activityKinds = c.text(ListColumn.ACTIVITY_KINDS, 2000);
        fact(facts, Fact.ELIGIBLE_ACTIVITIES, activities != null ? activities : activityKinds, null);
        String applicants = c.text(ListColumn.APPLICANTS, 2000);
        String kinds = c.text(ListColumn.APPLICANT_KINDS, 2000);
        fact(facts, Fact.APPLICANTS, applicants != null ? applicants : kinds, null);
        fact(facts, Fact.COLLABORATION, ListVocabulary.collaboration(c.text(ListColumn.COLLABORATION, 500),
                c.text(ListColumn.COLLABORATION_TYPE, 500)), null);
        fact(facts, Fact.GOAL, goal, null);
        fact(facts, Fact.LOCATION, c.text(ListColumn.LOCATION, 500), null);
        fact(facts, Fact.ASSESSMENT, c.text(ListColumn.ASSESSMENT, 500), null);
        String years = c.text(ListColumn.DURATION_YEARS, 100);
        fact(facts, Fact.DURATION, years != null && WHOLE.matcher(years).matches()
                ? years + " jaar" : years != null ? years : c.text(ListColumn.DURATION, 500), null);
        String note = c.text(ListColumn.NOTE, 2000);
        fact(facts, Fact.NOTE, note, null);

        Map<Applicant, Sourced> applicantGroups = new EnumMap<>(Applicant.class);
        ListVocabulary.applicants(kinds != null ? kinds : applicants).forEach((group, stated) ->
                applicantGroups.put(group, Sourced.text(stated, source, sourceDate)));
        Map<Purpose, Sourced> purposes = new EnumMap<>(Purpose.class);
        ListVocabulary.purposes(c.text(ListColumn.THEMES, 2000), activityKinds, goal).forEach((purpose, stated) ->
                purposes.put(purpose, Sourced.text(stated, source, sourceDate)));

        List<ApplicationWindow> windows = window(c, fileOrder, note);
        if (c.errors.size() > errorsBefore) {
            return null;
        }
        return new Scheme(slug(name), name, abbreviation, organiser, level, null, null, null, "IMPORT", source,
                sourceDate, facts, applicantGroups, purposes, windows);
    }

    private List<ApplicationWindow> window(Cells c, ListDates.Order fileOrder, String note) {
        String opensText = c.raw(ListColumn.OPENS);
        String closesText = c.raw(ListColumn.CLOSES);
        ListDates.Order rowOrder = ListDates.ofRow(List.of(ListDates.settles(opensText), ListDates.settles(closesText)),
                fileOrder);
        ListDates.Cell opens = date(c, ListColumn.OPENS, opensText, rowOrder);
        ListDates.Cell closes = date(c, ListColumn.CLOSES, closesText, rowOrder);
        if (opens == null || closes == null) {
            return List.of();
        }
        if (opens.date() != null && closes.date() != null && opens.date().isAfter(closes.date())) {
            c.errors.add(ImportError.of(c.file, c.row.line(), c.column(ListColumn.CLOSES), Code.DATE_ORDER,
                    opens.stated(), closes.stated()));
            return List.of();
        }
        boolean ongoing = opens.ongoing() || closes.ongoing()
                || (note != null && note.toLowerCase(Locale.ROOT).contains("doorlopend"));
        if (opens.stated() == null && closes.stated() == null && !ongoing) {
            return List.of();
        }
        if (c.tooLong(ListColumn.OPENS, opens.stated(), 200) || c.tooLong(ListColumn.CLOSES, closes.stated(), 200)) {
            return List.of();
        }
        return List.of(new ApplicationWindow(1, null, opens.date(), closes.date(), opens.stated(), closes.stated(),
                ongoing, null, null, source, sourceDate));
    }

    private static ListDates.Cell date(Cells c, ListColumn column, String text, ListDates.Order order) {
        try {
            return ListDates.read(text, order);
        } catch (ListDates.BadDate e) {
            c.errors.add(ImportError.of(c.file, c.row.line(), c.column(column), Code.BAD_DATE, e.getMessage(),
                    column.names.getFirst()));
            return null;
        }
    }

    private void fact(Map<Fact, Sourced> facts, Fact fact, String stated, BigDecimal amount) {
        if (stated != null) {
            facts.put(fact, new Sourced(stated, amount, source, sourceDate));
        }
    }

    /** A rate: "50%" or a bare 50 (a column of percentages) is also kept as the number 50. */
    private void rate(Map<Fact, Sourced> facts, Fact fact, String stated) {
        if (stated == null) {
            return;
        }
        Matcher m = PERCENT.matcher(stated);
        if (m.matches()) {
            facts.put(fact, new Sourced(m.group(1) + "%", new BigDecimal(m.group(1)), source, sourceDate));
        } else {
            facts.put(fact, Sourced.text(stated, source, sourceDate));
        }
    }

    /** An amount: its text, and the number where the text is a plain whole number of euros. */
    private void amount(Map<Fact, Sourced> facts, Fact fact, String stated) {
        fact(facts, fact, stated, stated != null && WHOLE.matcher(stated).matches() ? new BigDecimal(stated) : null);
    }

    /** The name in lower-case ASCII words joined by hyphens, at most 100 characters. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 100) {
            ascii = ascii.substring(0, 100).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "regeling" : ascii;
    }

    /** One row's cells by column, trimmed, a non-breaking space read as a space. */
    private static final class Cells {
        final String file;
        final CsvTable.Row row;
        final Map<ListColumn, Integer> at;
        final List<ImportError> errors;

        Cells(String file, CsvTable.Row row, Map<ListColumn, Integer> at, List<ImportError> errors) {
            this.file = file;
            this.row = row;
            this.at = at;
            this.errors = errors;
        }

        boolean blank() {
            return row.cells().stream().allMatch(String::isBlank);
        }

        int column(ListColumn column) {
            return at.getOrDefault(column, -1) + 1;
        }

        String raw(ListColumn column) {
            Integer position = at.get(column);
            return position == null ? null : row.cells().get(position).replace('\u00A0', ' ').strip();
        }

        /** The cell's text, or null when it is blank or says the fact is unknown ("Onbekend"). */
        String text(ListColumn column, int max) {
            String text = raw(column);
            if (text == null || text.isEmpty() || text.equalsIgnoreCase("onbekend")) {
                return null;
            }
            text = text.replaceAll("\\s{2,}", " ");
            return tooLong(column, text, max) ? null : text;
        }

        boolean tooLong(ListColumn column, String text, int max) {
            if (text != null && text.length() > max) {
                errors.add(ImportError.of(file, row.line(), column(column), Code.TEXT_TOO_LONG,
                        column.names.getFirst(), max));
                return true;
            }
            return false;
        }
    }
}
