package nl.techniekpact.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional factsheet: an education factsheet of a province, a labour-market factsheet of a labour-market
 * region or a vmbo portrait of a province or RMC region, as plain data (like {@link ProgressReport}, rendered to
 * HTML and PDF from one template).
 *
 * @param code       the factsheet's identifier in URLs: the region code, or {@code vmbo-} and the region code
 * @param region     the region's code ({@code PV27}, {@code AM12}, {@code RMC21})
 * @param regionKind the region's kind ({@code PROVINCE}, {@code LABOUR_MARKET_REGION}, {@code RMC_REGION})
 * @param kind       {@code EDUCATION} (province), {@code LABOUR_MARKET} (labour-market region) or {@code VMBO}
 * @param province   the province whose pact agenda and examples apply (the region itself, or the province most
 *                   of the region's municipalities lie in); null when unknown
 * @param sources    one line per source and dataset, with the periods shown
 * @param portrait   for an education factsheet, the identifier of the province's vmbo portrait, which holds the
 *                   vmbo and primary-school figures this factsheet leaves out; null otherwise
 */
public record Factsheet(String code, String region, String regionKind, String name, String kind,
                        LocalDate referenceDate, String province,
                        String provinceName, List<Figure> figures, List<ProgressReport.Chart> charts,
                        String landsdeel, List<Priority> priorities, List<ProgressReport.Example> examples,
                        List<String> sources, String portrait) {

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
