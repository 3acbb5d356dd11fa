package nl.techniekpact.loket;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar feed (RFC 5545) of all-day events: CRLF line ends, content lines folded at 75 octets (never
 * inside a UTF-8 character), TEXT values escaped. The same events give the same bytes, so calendar programs see a
 * change only where there is one; an event's UID never changes and its SEQUENCE grows with every change of date or
 * state.
 */
final class ICalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * One all-day event.
     *
     * @param uid       stable for the life of the activity
     * @param stamp     when the event last changed (DTSTAMP and LAST-MODIFIED)
     * @param cancelled STATUS:CANCELLED instead of CONFIRMED
     */
    record Event(String uid, OffsetDateTime stamp, LocalDate date, int sequence, boolean cancelled, String summary,
                 String description, String url) {
    }

    private ICalendar() {
    }

    static String write(String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Techniekpact//Loket//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Event event : events) {
            String stamp = UTC.format(event.stamp().withOffsetSameInstant(ZoneOffset.UTC));
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + stamp);
            line(out, "LAST-MODIFIED:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "SUMMARY:" + escape(event.summary()));
            line(out, "DESCRIPTION:" + escape(event.description()));
            if (event.url() != null) {
                line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control characters go. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line (RFC 5545 3.1): no line longer than 75 octets (UTF-8) without its line break; each
     * continuation starts with one space. Breaks fall between characters (code points), never inside one.
     */
    static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 16);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
