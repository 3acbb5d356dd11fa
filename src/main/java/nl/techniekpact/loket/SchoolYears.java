package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** School years ({@code 2026-2027}), which run from 1 August to 31 July. */
public final class SchoolYears {

    private SchoolYears() {
    }

    /** The school year a day falls in. */
    public static String of(LocalDate day) {
        int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** The school years from the one of {@code from} to the one of {@code until}, in order (at most 5). */
    public static List<String> between(LocalDate from, LocalDate until) {
        List<String> years = new ArrayList<>();
        int first = Integer.parseInt(of(from).substring(0, 4));
        int last = Integer.parseInt(of(until.isBefore(from) ? from : until).substring(0, 4));
        for (int year = first; year <= last && years.size() < 5; year++) {
            years.add(year + "-" + (year + 1));
        }
        return years;
    }

    /** The first day of a school year ({@code 2026-2027} → 1 August 2026). */
    public static LocalDate start(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
    }
}
