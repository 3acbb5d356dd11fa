package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The feed is read back the way a calendar program reads it (RFC 5545: split at CRLF, unfold, split name and value,
 * unescape TEXT): every physical line ends in CRLF and has at most 75 octets, long and multi-byte texts come back
 * whole, special characters survive, and an event keeps its UID while its SEQUENCE and STATUS follow the changes.
 */
class ICalendarTest {

    private static final String UID = "loket-activity-0b9e8c1e-6f43-4c8e-9d1a-2f1d0c3b5a77@techniekpact";
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 3, 1, 14, 30, 5, 0, ZoneOffset.ofHours(1));

    @Test
    void linesEndInCrlfAndAreFoldedAt75Octets() {
        String longTitle = "Gastles lassen, robots en elektrotechniek; ‘échte’ techniek voor groep 7 en 8 — "
                + "met een bezoek aan de werkplaats 🤖🔧 en een proefje solderen".repeat(3);
        String ics = ICalendar.write("Techniekpact Loket: Basisschool De Één", List.of(event(longTitle, 0, false)));

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("(?<!\r)\n");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            assertThat(physical.codePoints().noneMatch(c -> Character.isSurrogate((char) c)))
                    .as("no fold splits a character: " + physical).isTrue();
        }
        assertThat(ics.split("\r\n").length).as("the long summary was folded")
                .isGreaterThan(unfold(ics).split("\r\n").length + 3);
        Map<String, String> event = parse(ics).get(1);
        assertThat(event.get("SUMMARY")).isEqualTo(longTitle);
        assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo("20260315");
        assertThat(event.get("DTEND;VALUE=DATE")).as("all-day: the end is the next day, exclusive").isEqualTo("20260316");
        assertThat(event.get("DTSTAMP")).isEqualTo("20260301T133005Z");
    }

    @Test
    void escapesTextAndDropsControlCharacters() {
        String text = "Groep 8, lokaal 3; neem mee: een laptop\\schrift\nen 'goede zin'\r\nTot dan\u0007!";
        String ics = ICalendar.write("Loket", List.of(event(text, 0, false)));

        assertThat(unfold(ics)).contains("SUMMARY:Groep 8\\, lokaal 3\\; neem mee: een laptop\\\\schrift\\nen 'goede zin'"
                + "\\nTot dan!");
        assertThat(parse(ics).get(1).get("SUMMARY")).isEqualTo("Groep 8, lokaal 3; neem mee: een laptop\\schrift\n"
                + "en 'goede zin'\nTot dan!");
        assertThat(ICalendar.escape(null)).isEmpty();
    }

    @Test
    void anEventKeepsItsUidWhileSequenceAndStatusFollowTheChanges() {
        Map<String, String> agreed = parse(ICalendar.write("Loket", List.of(event("Gastles", 1, false)))).get(1);
        Map<String, String> cancelled = parse(ICalendar.write("Loket", List.of(event("Gastles", 2, true)))).get(1);

        assertThat(agreed.get("UID")).isEqualTo(UID).isEqualTo(cancelled.get("UID"));
        assertThat(agreed).containsEntry("SEQUENCE", "1").containsEntry("STATUS", "CONFIRMED");
        assertThat(cancelled).containsEntry("SEQUENCE", "2").containsEntry("STATUS", "CANCELLED");
        assertThat(ICalendar.write("Loket", List.of(event("Gastles", 1, false))))
                .as("the same events give the same bytes")
                .isEqualTo(ICalendar.write("Loket", List.of(event("Gastles", 1, false))));
    }

    @Test
    void aCalendarWithoutEventsIsStillACalendar() {
        List<Map<String, String>> components = parse(ICalendar.write("Loket, leeg", List.of()));
        assertThat(components).hasSize(1);
        assertThat(components.get(0)).containsEntry("VERSION", "2.0").containsEntry("X-WR-CALNAME", "Loket, leeg")
                .containsKey("PRODID");
    }

    private static ICalendar.Event event(String summary, int sequence, boolean cancelled) {
        return new ICalendar.Event(UID, STAMP, LocalDate.of(2026, 3, 15), sequence, cancelled, summary,
                "Activiteit met Techbedrijf B.V. / activity with Techbedrijf B.V.\nhttps://loket.example/loket/mijn/activiteiten/7",
                "https://loket.example/loket/mijn/activiteiten/7");
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    /** The calendar's own properties, then one map per event: name (with parameters) → unescaped value. */
    private static List<Map<String, String>> parse(String ics) {
        List<Map<String, String>> components = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        components.add(current);
        for (String line : unfold(ics).split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
                components.add(current);
            } else if (!name.equals("BEGIN") && !name.equals("END")) {
                current.put(name, unescape(value));
            }
        }
        return components;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
