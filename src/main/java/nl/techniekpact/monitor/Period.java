package nl.techniekpact.monitor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the monitor, by its CBS code ({@code 2019JJ00}, {@code 2019KW01}, {@code 2019MM01}) or a school
 * year ({@code 2019/2020}). {@code position} is the fractional year the period starts (a school year starts on
 * 1 August, so {@code 2019/2020} is 2019.58), used to order periods and draw trends on one time axis.
 */
public record Period(String code, Kind kind, double position, LocalDate startsOn, LocalDate endsOn) {

    public enum Kind { YEAR, SCHOOL_YEAR, QUARTER, MONTH }

    private static final Pattern CBS = Pattern.compile("(\\d{4})(JJ00|KW0([1-4])|MM(0[1-9]|1[0-2]))");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

    /** The period a code names, or empty when the code is not a period code. */
    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher cbs = CBS.matcher(code);
        if (cbs.matches()) {
            int year = Integer.parseInt(cbs.group(1));
            if (cbs.group(3) != null) {
                int quarter = Integer.parseInt(cbs.group(3));
                LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
                return Optional.of(new Period(code, Kind.QUARTER, year + (quarter - 1) / 4.0, start,
                        start.plusMonths(3).minusDays(1)));
            }
            if (cbs.group(4) != null) {
                int month = Integer.parseInt(cbs.group(4));
                LocalDate start = LocalDate.of(year, month, 1);
                return Optional.of(new Period(code, Kind.MONTH, year + (month - 1) / 12.0, start,
                        start.plusMonths(1).minusDays(1)));
            }
            return Optional.of(new Period(code, Kind.YEAR, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        Matcher school = SCHOOL_YEAR.matcher(code);
        if (school.matches() && Integer.parseInt(school.group(2)) == Integer.parseInt(school.group(1)) + 1) {
            int year = Integer.parseInt(school.group(1));
            return Optional.of(new Period(code, Kind.SCHOOL_YEAR, year + 7 / 12.0, LocalDate.of(year, 8, 1),
                    LocalDate.of(year + 1, 7, 31)));
        }
        return Optional.empty();
    }

    /**
     * The period as people say it: "2019", "2019/2020", "4e kwartaal 2019" ("4th quarter 2019"), "januari 2019"
     * ("January 2019"); a code that is not a period stays as it is.
     */
    public static String inWords(String code, java.util.Locale locale) {
        return parse(code).map(p -> p.inWords(locale)).orElse(code);
    }

    public String inWords(java.util.Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (kind) {
            case YEAR -> String.valueOf(startsOn.getYear());
            case SCHOOL_YEAR -> code;
            case QUARTER -> {
                int quarter = (startsOn.getMonthValue() + 2) / 3;
                yield english ? quarter + new String[] {"st", "nd", "rd", "th"}[quarter - 1] + " quarter "
                        + startsOn.getYear() : quarter + "e kwartaal " + startsOn.getYear();
            }
            case MONTH -> java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                    english ? java.util.Locale.UK : java.util.Locale.of("nl", "NL")).format(startsOn);
        };
    }

    /** The calendar year whose regional classification applies: the year the period starts. */
    public int classificationYear() {
        return startsOn.getYear();
    }

    /** The year a target year is compared with: the year the period ends in. */
    public int endYear() {
        return endsOn.getYear();
    }
}
