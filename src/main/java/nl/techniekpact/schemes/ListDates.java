package nl.techniekpact.schemes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date cells of a scheme list as the compilers typed them. Month names ({@code 14-Feb-22}) and ISO dates
 * are read as they are. Numeric dates ({@code 9/26/2022}) are month first (US) by the files' description, but one
 * file mixes in day-first rows ({@code 31/12/2022}), so the order is settled per cell: a part over 12 settles it;
 * otherwise the row's other date settles it; otherwise the file's own order, when every settled date in the file
 * has that order (month first when none is settled). In a file that mixes both orders, a cell nothing settles
 * ({@code 1/9/2022}) is not guessed: its date stays unknown and only its text is kept.
 */
final class ListDates {

    /** A cell: its date where known, the text as written, whether it says the window runs on. */
    record Cell(LocalDate date, String stated, boolean ongoing) {

        static final Cell EMPTY = new Cell(null, null, false);
    }

    /** The order of a numeric date: month first, day first, or not settled. */
    enum Order { MONTH_FIRST, DAY_FIRST, OPEN }

    /** A cell that looks like a date but is none (13/13/2022). */
    static final class BadDate extends Exception {
        BadDate(String text) {
            super(text, null, false, false);
        }
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("mrt", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private ListDates() {
    }

    /** The order a numeric cell settles by itself (a part over 12), else OPEN; OPEN for any other cell. */
    static Order settles(String cell) {
        Matcher m = NUMERIC.matcher(cell == null ? "" : cell.strip());
        if (!m.matches()) {
            return Order.OPEN;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
            return Order.DAY_FIRST;
        }
        if (second > 12 && first <= 12) {
            return Order.MONTH_FIRST;
        }
        return Order.OPEN;
    }

    /**
     * The order of a file from the orders its cells settle: the one order they all have (month first when they
     * settle none), or OPEN when they mix.
     */
    static Order ofFile(List<Order> settled) {
        boolean month = settled.contains(Order.MONTH_FIRST);
        boolean day = settled.contains(Order.DAY_FIRST);
        if (month && day) {
            return Order.OPEN;
        }
        return day ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    /** The order of a row from its cells; the file's order when they settle nothing or disagree. */
    static Order ofRow(List<Order> settled, Order file) {
        boolean month = settled.contains(Order.MONTH_FIRST);
        boolean day = settled.contains(Order.DAY_FIRST);
        if (month != day) {
            return month ? Order.MONTH_FIRST : Order.DAY_FIRST;
        }
        return file;
    }

    static Cell read(String raw, Order row) throws BadDate {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("onbekend")) {
            return Cell.EMPTY;
        }
        if (text.equalsIgnoreCase("doorlopend")) {
            return new Cell(null, text, true);
        }
        try {
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                int first = Integer.parseInt(numeric.group(1));
                int second = Integer.parseInt(numeric.group(2));
                int year = year(numeric.group(3));
                Order order = settles(text);
                if (order == Order.OPEN) {
                    order = first == second ? Order.MONTH_FIRST : row;
                }
                return switch (order) {
                    case MONTH_FIRST -> new Cell(LocalDate.of(year, first, second), text, false);
                    case DAY_FIRST -> new Cell(LocalDate.of(year, second, first), text, false);
                    case OPEN -> new Cell(null, text, false);
                };
            }
            Matcher named = NAMED.matcher(text);
            if (named.matches()) {
                Integer month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    throw new BadDate(text);
                }
                return new Cell(LocalDate.of(year(named.group(3)), month, Integer.parseInt(named.group(1))), text,
                        false);
            }
            if (ISO.matcher(text).matches()) {
                return new Cell(LocalDate.parse(text), text, false);
            }
        } catch (DateTimeException e) {
            throw new BadDate(text);
        }
        return new Cell(null, text, false);
    }

    /** A two-digit year is of this century: the lists are from 2022. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
