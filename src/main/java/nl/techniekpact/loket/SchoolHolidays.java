package nl.techniekpact.loket;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school holidays per holiday region (noord, midden, zuid) and school year, as published (by the Rijksoverheid)
 * and entered by the office with their source and its date. A school year is replaced whole: the file's rows for a
 * year and region replace what was there, in one transaction; a file with an error changes nothing.
 *
 * <p>File: UTF-8 CSV with the header {@code regio;schooljaar;vakantie;van;tot en met;bron;brondatum}, dates as
 * {@code yyyy-mm-dd}, e.g. {@code midden;2026-2027;herfstvakantie;2026-10-17;2026-10-25;Rijksoverheid,
 * schoolvakanties 2026-2027;2025-11-01}.
 */
@Service
public class SchoolHolidays {

    /** One holiday. */
    public record Holiday(String region, String schoolYear, String name, LocalDate from, LocalDate until,
                          String source, LocalDate sourceDate) {
    }

    /** A problem on one line of the file. */
    public record LineError(int line, String field, String code) {
    }

    /** The file did not read; nothing was stored. */
    public static class Invalid extends RuntimeException {
        private final List<LineError> errors;

        Invalid(List<LineError> errors) {
            super(errors.size() + " error(s)");
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    static final String HEADER = "regio;schooljaar;vakantie;van;tot en met;bron;brondatum";
    static final int MAX_BYTES = 1024 * 1024;
    private static final List<String> REGIONS = List.of("NOORD", "MIDDEN", "ZUID");

    private final JdbcClient jdbc;
    private final Audit audit;
    private final ListingIndex index;

    SchoolHolidays(JdbcClient jdbc, Audit audit, ListingIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.index = index;
    }

    public List<Holiday> all() {
        return jdbc.sql("""
                        select region, school_year, name, date_from, date_until, source, source_date
                        from loket_school_holiday order by school_year, region, date_from""")
                .query((rs, n) -> new Holiday(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class))).list();
    }

    /** Reads and stores a holiday file (office only); returns the number of holidays stored. */
    @Transactional
    public int importFile(CurrentUser office, byte[] content) {
        Companies.requireOffice(office, "import school holidays");
        List<LineError> errors = new ArrayList<>();
        List<Holiday> holidays = parse(content, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Set<List<String>> replaced = new HashSet<>();
        for (Holiday h : holidays) {
            if (replaced.add(List.of(h.region(), h.schoolYear()))) {
                jdbc.sql("delete from loket_school_holiday where region = ? and school_year = ?")
                        .params(h.region(), h.schoolYear()).update();
            }
            jdbc.sql("""
                            insert into loket_school_holiday (region, school_year, name, date_from, date_until, source,
                                                              source_date) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(h.region(), h.schoolYear(), h.name(), h.from(), h.until(), h.source(), h.sourceDate())
                    .update();
        }
        audit.record(office.actor(), "loket.holidays.import", "loket_school_holiday", "*", null,
                Map.of("holidays", holidays.size(), "years", replaced.size()));
        index.reloadAll();
        return holidays.size();
    }

    static List<Holiday> parse(byte[] content, List<LineError> errors) {
        if (content.length > MAX_BYTES) {
            errors.add(new LineError(0, "file", "loket.holidays.error.too-large"));
            return List.of();
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            errors.add(new LineError(1, "header", "loket.holidays.error.header"));
            return List.of();
        }
        List<Holiday> holidays = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            int number = i + 1;
            if (cells.length != 7) {
                errors.add(new LineError(number, "line", "loket.holidays.error.fields"));
                continue;
            }
            String region = cells[0].strip().toUpperCase(Locale.ROOT);
            String year = cells[1].strip();
            String name = cells[2].strip();
            LocalDate from = date(cells[3], number, "van", errors);
            LocalDate until = date(cells[4], number, "tot en met", errors);
            LocalDate sourceDate = date(cells[6], number, "brondatum", errors);
            if (!REGIONS.contains(region)) {
                errors.add(new LineError(number, "regio", "loket.holidays.error.region"));
            }
            if (!year.matches("\\d{4}-\\d{4}")
                    || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
                errors.add(new LineError(number, "schooljaar", "loket.holidays.error.year"));
            }
            if (name.isEmpty() || name.length() > 100) {
                errors.add(new LineError(number, "vakantie", "loket.holidays.error.name"));
            }
            if (cells[5].isBlank() || cells[5].length() > 300) {
                errors.add(new LineError(number, "bron", "loket.holidays.error.source"));
            }
            if (from != null && until != null && until.isBefore(from)) {
                errors.add(new LineError(number, "tot en met", "loket.holidays.error.order"));
            }
            if (!seen.add(List.of(region, year, name.toLowerCase(Locale.ROOT)))) {
                errors.add(new LineError(number, "vakantie", "loket.holidays.error.duplicate"));
            }
            if (errors.isEmpty() || errors.get(errors.size() - 1).line() != number) {
                holidays.add(new Holiday(region, year, name, from, until, cells[5].strip(), sourceDate));
            }
            if (errors.size() >= 100) {
                break;
            }
        }
        return holidays;
    }

    private static LocalDate date(String text, int line, String field, List<LineError> errors) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new LineError(line, field, "loket.holidays.error.date"));
            return null;
        }
    }
}
