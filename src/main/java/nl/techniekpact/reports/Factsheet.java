package nl.techniekpact.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional factsheet: an education factsheet of a province or a labour-market factsheet of a labour-market
 * region, as plain data (like {@link ProgressReport}, rendered to HTML and PDF from one template).
 *
 * @param kind     {@code EDUCATION} (province) or {@code LABOUR_MARKET} (labour-market region)
 * @param province the province whose pact agenda and examples apply (the region itself, or the province most
 *                 of a labour-market region's municipalities lie in); null when unknown
 */
public record Factsheet(String code, String name, String kind, LocalDate referenceDate, String province,
                        String provinceName, List<Figure> figures, List<ProgressReport.Chart> charts,
                        String landsdeel, List<Priority> priorities, List<ProgressReport.Example> examples,
                        List<String> sources) {

    /**
     * One indicator in the region against the national figure of the same period and the national target.
     * {@code period} is the newest period with a regional value.
     */
    public record Figure(String indicator, String name, String unit, int decimals, String period, Double value,
                         Double national, Double target, Integer targetYear, String source) {
    }

    public record Priority(String line, String text) {
    }
}
