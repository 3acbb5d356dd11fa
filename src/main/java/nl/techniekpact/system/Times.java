package nl.techniekpact.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments as people in the Netherlands read them, the same on every page (used in templates as
 * {@code @times.moment(at)}): converted to Dutch time whatever zone the database or the JVM gave them, and
 * labelled as such ("2026-12-04 20:40 (Nederlandse tijd)"). Tables label the column instead and use
 * {@link #unlabelled(Object)} in the cells. Stored moments stay in UTC; only what is shown changes.
 */
@Component("times")
public class Times {

    /** The platform's one time zone for people: the pact's deadlines, reports and logs are Dutch. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final java.util.Locale DUTCH = java.util.Locale.of("nl", "NL");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;

    Times(MessageSource messages) {
        this.messages = messages;
    }

    /** "2026-12-04 20:40 (Nederlandse tijd)"; empty for no moment. */
    public String moment(Object at) {
        return at == null ? "" : unlabelled(at) + " " + zone();
    }

    /** "2026-12-04 20:40", in Dutch time, for a cell under a column labelled with {@link #zone()}. */
    public String unlabelled(Object at) {
        return at == null ? "" : MINUTES.format(inTheNetherlands(at));
    }

    /** "2026-12-04 20:40:07", in Dutch time, for logs where the order within a minute matters. */
    public String unlabelledWithSeconds(Object at) {
        return at == null ? "" : SECONDS.format(inTheNetherlands(at));
    }

    /** "2026-12-04": the day in the Netherlands (a moment just after midnight there is already the next day). */
    public String day(Object at) {
        return at == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(inTheNetherlands(at));
    }

    /**
     * A moment written out for a letter or an e-mail: "vrijdag 11 december 2026, 21:40 (Nederlandse tijd)" in
     * Dutch, "Friday 11 December 2026, 21:40 (Dutch time)" in English.
     */
    public static String written(Object at, java.util.Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", english ? java.util.Locale.UK : DUTCH)
                .format(inTheNetherlands(at)) + (english ? " (Dutch time)" : " (Nederlandse tijd)");
    }

    /** A day written out: "vrijdag 11 december 2026" or "Friday 11 December 2026". */
    public static String written(java.time.LocalDate day, java.util.Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                "en".equals(locale.getLanguage()) ? java.util.Locale.UK : DUTCH).format(day);
    }

    /** The Dutch day of a moment in words, in the page's language: "4 december 2026", "4 December 2026". */
    public String dayInWords(Object at) {
        if (at == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return DateTimeFormatter.ofPattern("d MMMM yyyy", english ? java.util.Locale.UK : DUTCH).format(inTheNetherlands(at));
    }

    /** "(Nederlandse tijd)" or "(Dutch time)". */
    public String zone() {
        return messages.getMessage("time.zone", null, LocaleContextHolder.getLocale());
    }

    /**
     * The moment in Dutch time. A {@link LocalDateTime} is taken to be Dutch time already (the platform makes
     * those only from Dutch dates).
     */
    public static ZonedDateTime inTheNetherlands(Object at) {
        return switch (at) {
            case Instant instant -> instant.atZone(NETHERLANDS);
            case OffsetDateTime offset -> offset.atZoneSameInstant(NETHERLANDS);
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(NETHERLANDS);
            case LocalDateTime local -> local.atZone(NETHERLANDS);
            default -> throw new IllegalArgumentException("Not a moment: " + at.getClass().getName());
        };
    }
}
