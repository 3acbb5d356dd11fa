package nl.techniekpact.reports.internal;

import nl.techniekpact.pact.ActionLabels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.techniekpact.charts.NumberStyle;
import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.reports.ProgressReport.ActionStatus;
import nl.techniekpact.reports.ProgressReport.Section;
import nl.techniekpact.shared.StatusColour;
import nl.techniekpact.system.TextBlocks;
import org.springframework.context.MessageSource;

/**
 * What the report templates and the Word writer ask of a report beyond its model: words, numbers and dates
 * in the report's language, text blocks, counts per colour and the charts drawn for it. Pure: the same report
 * and language give the same answers.
 */
public final class ReportView {

    public record Count(StatusColour colour, long count) {
    }

    /** Words, dates and numbers in one language: what every document needs, report or factsheet. */
    public record Texts(MessageSource messages, Locale locale) {

        public String text(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        public String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }

        public Locale numberLocale() {
            return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
        }

        public String number(Double value, int decimals, String unit) {
            if (value == null) {
                return "—";
            }
            return new NumberStyle(numberLocale(), decimals, unit == null ? "" : unit).format(value);
        }
    }

    private final ProgressReport report;
    private final MessageSource messages;
    private final Locale locale;
    private final TextBlocks textBlocks;
    private final Map<String, String> charts;
    private final Set<String> newExamples;
    private final Set<String> newProgress;

    public ReportView(ProgressReport report, MessageSource messages, Locale locale, TextBlocks textBlocks,
                      Map<String, String> charts) {
        this.report = report;
        this.messages = messages;
        this.locale = locale;
        this.textBlocks = textBlocks;
        this.charts = charts;
        this.newExamples = report.changes().newExamples().stream().map(ProgressReport.Example::id)
                .collect(Collectors.toSet());
        this.newProgress = report.changes().newProgress().stream().map(ProgressReport.RegionProgress::code)
                .collect(Collectors.toSet());
    }

    public ProgressReport report() {
        return report;
    }

    public Locale locale() {
        return locale;
    }

    public MessageSource messages() {
        return messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public String documentTitle() {
        return text("reports.progress.documentTitle", String.valueOf(report.edition()), date(report.referenceDate()));
    }

    public String sectionHeading(Section s) {
        return "THEMES".equals(report.kind()) ? text("reports.section.theme", s.label(), s.title())
                : text("reports.section.line", s.title());
    }

    public List<TextBlocks.Block> blocks(String text) {
        return textBlocks.of(text);
    }

    public List<StatusColour> colours() {
        return List.of(StatusColour.values());
    }

    public List<ActionStatus> actionsOf(String sectionId) {
        return report.actions().stream().filter(a -> sectionId == null || sectionId.equals(a.sectionId())).toList();
    }

    /** How many actions (of a section, or all with null) have each colour, every colour listed. */
    public List<Count> counts(String sectionId) {
        List<ActionStatus> actions = actionsOf(sectionId);
        List<Count> counts = new ArrayList<>();
        for (StatusColour colour : StatusColour.values()) {
            counts.add(new Count(colour, actions.stream().filter(a -> a.colour() == colour).count()));
        }
        return counts;
    }

    public String countsSentence(String sectionId) {
        List<String> parts = counts(sectionId).stream().filter(c -> c.count() > 0)
                .map(c -> c.count() + " " + text(c.colour().messageKey())).toList();
        return text("reports.counts.sentence", String.valueOf(actionsOf(sectionId).size()), String.join(", ", parts));
    }

    public String number(Double value, int decimals, String unit) {
        if (value == null) {
            return "—";
        }
        return new NumberStyle(numberLocale(), decimals, unit == null ? "" : unit).format(value);
    }

    Locale numberLocale() {
        return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }

    public String chart(String sectionId) {
        return charts.get(sectionId);
    }

    public boolean isNewExample(String id) {
        return newExamples.contains(id);
    }

    public boolean isNewProgress(String code) {
        return newProgress.contains(code);
    }

    /** "Actie 3" for an action, "Doel 3" for a goal of the 2016 edition. */
    public String itemLabel(String id, int number) {
        return text(id.contains("-G") ? "reports.goal" : "action.title", String.valueOf(number));
    }

    public String shortText(ActionStatus a) {
        return ActionLabels.summary(a.text(), a.items().isEmpty() ? null : a.items().get(0).text());
    }
}
