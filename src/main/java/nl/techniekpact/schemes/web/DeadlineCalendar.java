package nl.techniekpact.schemes.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the catalogue's closing dates as an iCalendar feed (RFC 5545): all-day events, CRLF line ends, content
 * lines folded at 75 octets between characters, TEXT values escaped. (The Loket writes its own feed; modules do not
 * share internals, and this one is a dozen lines.)
 */
final class DeadlineCalendar {

    static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One closing day; {@code uid} stays the same for the same window. */
    record Event(String uid, LocalDate day, String summary, String description, String url) {
    }

    private DeadlineCalendar() {
    }

    /** {@code stamp}: the day the feed was made (DTSTAMP, midnight UTC). */
    static String write(String name, LocalDate stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Techniekpact//Regelingen//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + DATE.format(stamp) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "SUMMARY:" + escape(e.summary()));
            line(out, "DESCRIPTION:" + escape(e.description()));
            line(out, "URL:" + e.url().replaceAll("[\\r\\n]", ""));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
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

    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
