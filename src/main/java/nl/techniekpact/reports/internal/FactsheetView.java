package nl.techniekpact.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.techniekpact.reports.Factsheet;
import nl.techniekpact.reports.Factsheets;
import nl.techniekpact.system.TextBlocks;
import org.springframework.context.MessageSource;

/** What the factsheet template asks beyond its model: words, numbers, dates, text blocks and the charts. */
public final class FactsheetView {

    /** Factsheet charts are lower than the report's, so a factsheet stays within two pages or close. */
    static final int CHART_HEIGHT = 170;

    private final Factsheet factsheet;
    private final ReportView.Texts texts;
    private final TextBlocks textBlocks;
    private final List<String> charts = new ArrayList<>();

    public FactsheetView(Factsheet factsheet, MessageSource messages, Locale locale, TextBlocks textBlocks,
                         boolean forPdf) {
        this.factsheet = factsheet;
        this.texts = new ReportView.Texts(messages, locale);
        this.textBlocks = textBlocks;
        for (int i = 0; i < factsheet.charts().size(); i++) {
            charts.add(ReportCharts.svg("factsheet-chart-" + (i + 1), factsheet.charts().get(i), messages, locale,
                    forPdf, CHART_HEIGHT));
        }
    }

    public String title() {
        String key = "factsheets.title." + factsheet.kind();
        return texts.text(Factsheets.VMBO.equals(factsheet.kind()) ? key + "." + factsheet.regionKind() : key,
                factsheet.name());
    }

    public String date(LocalDate date) {
        return texts.date(date);
    }

    public String number(Double value, int decimals, String unit) {
        return texts.number(value, decimals, unit);
    }

    /** The regional value against the national one in words: for a count its share of the national total. */
    public String comparison(Factsheet.Figure f) {
        if (f.value() == null || f.national() == null) {
            return "—";
        }
        if (f.decimals() == 0 && (f.unit() == null || f.unit().isEmpty())) {
            return f.national() == 0 ? "—" : texts.text("factsheets.shareOfNational",
                    texts.number(f.value() / f.national() * 100, 1, "%"));
        }
        double a = Math.round(f.value() * Math.pow(10, f.decimals()));
        double b = Math.round(f.national() * Math.pow(10, f.decimals()));
        return texts.text(a > b ? "factsheets.higher" : a < b ? "factsheets.lower" : "factsheets.equal");
    }

    public List<TextBlocks.Block> blocks(String text) {
        return textBlocks.of(text);
    }

    public String chart(int index) {
        return charts.get(index);
    }
}
