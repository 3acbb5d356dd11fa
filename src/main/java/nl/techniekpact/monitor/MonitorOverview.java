package nl.techniekpact.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.techniekpact.pact.PactItems;
import nl.techniekpact.shared.PagePaths;
import nl.techniekpact.shared.StatusColour;
import org.springframework.stereotype.Service;

/**
 * The overview's rules, in one place: which indicators go under which theme, and how the colour an action's
 * owner reported compares with the colour its indicators' targets suggest. Reads the monitor's read model
 * ({@link Monitor#summaries()}), so its cost does not grow with the number of stored cells.
 */
@Service
public class MonitorOverview {

    /** The themes of the overview, in order; an indicator of none of them goes under {@link #OTHER}. */
    public static final List<String> THEMES = List.of("kiezen", "leren", "werken");
    public static final String OTHER = "overig";

    private final Monitor monitor;
    private final PactItems items;
    private final nl.techniekpact.pact.Editions editions;

    MonitorOverview(Monitor monitor, PactItems items, nl.techniekpact.pact.Editions editions) {
        this.monitor = monitor;
        this.items = items;
        this.editions = editions;
    }

    /** A pact item linked to indicators: the colour its owner reported, the one the figures suggest. */
    public record ItemAssessment(String id, String title, String href, StatusColour reported, StatusColour suggested,
                                 boolean disagrees) {
    }

    /** The overview: indicators per theme, and the pact items they are linked to. */
    public record Overview(Map<String, List<IndicatorSummary>> byTheme, List<ItemAssessment> items) {
    }

    /** The overview from one read of the read model. */
    public Overview overview() {
        List<IndicatorSummary> summaries = monitor.summaries();
        return new Overview(byTheme(summaries), itemAssessments(summaries));
    }

    /**
     * Every indicator's summary under its themes (an indicator with two themes appears twice), then
     * {@link #OTHER} when any indicator has none of them.
     */
    private static Map<String, List<IndicatorSummary>> byTheme(List<IndicatorSummary> summaries) {
        Map<String, List<IndicatorSummary>> byTheme = new LinkedHashMap<>();
        THEMES.forEach(theme -> byTheme.put(theme, new ArrayList<>()));
        List<IndicatorSummary> other = new ArrayList<>();
        for (IndicatorSummary summary : summaries) {
            List<String> themes = summary.indicator().themes().stream().filter(THEMES::contains).toList();
            if (themes.isEmpty()) {
                other.add(summary);
            }
            themes.forEach(theme -> byTheme.get(theme).add(summary));
        }
        if (!other.isEmpty()) {
            byTheme.put(OTHER, other);
        }
        return byTheme;
    }

    /**
     * Every action and goal that indicators are linked to, by pact identifier: the colour its indicators' targets
     * suggest together (the worst known), beside the colour reported.
     */
    private List<ItemAssessment> itemAssessments(List<IndicatorSummary> summaries) {
        Map<String, List<StatusColour>> suggestions = new TreeMap<>();
        for (IndicatorSummary summary : summaries) {
            summary.indicator().links().forEach(id -> suggestions.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(summary.suggested()));
        }
        List<ItemAssessment> assessments = new ArrayList<>();
        suggestions.forEach((id, colours) -> assessments.add(assessment(id, Analysis.worst(colours))));
        return assessments;
    }

    /** The items one indicator is linked to, each with the colour this indicator's targets suggest. */
    public List<ItemAssessment> linkedItems(Indicator indicator) {
        StatusColour suggested = monitor.suggestedColour(indicator.code());
        return indicator.links().stream().map(id -> assessment(id, suggested)).toList();
    }

    /**
     * An item's reported colour against a suggested one: they disagree only when both are known and differ. An
     * action is described by its label (most 2013 actions have no title), a goal or theme by its title; a goal or
     * theme has a reported colour once it was approved in a reporting round; an identifier the pact does not know
     * shows as itself.
     */
    private ItemAssessment assessment(String id, StatusColour suggested) {
        var action = items.action(id);
        if (action.isPresent()) {
            StatusColour reported = action.get().currentStatus() == null ? StatusColour.UNKNOWN
                    : action.get().currentStatus().colour();
            return new ItemAssessment(id, action.get().label(), PagePaths.item(id), reported, suggested,
                    disagree(reported, suggested));
        }
        String title = items.goal(id).map(nl.techniekpact.pact.PactViews.GoalDetail::title)
                .or(() -> editions.theme(id).map(nl.techniekpact.pact.PactViews.ThemeDetail::title)).orElse(null);
        if (title == null) {
            return new ItemAssessment(id, id, PagePaths.item(id), null, suggested, false);
        }
        StatusColour reported = items.statuses(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(nl.techniekpact.pact.PactViews.StatusReport::current).map(nl.techniekpact.pact.PactViews.StatusReport::colour)
                .findFirst().orElse(null);
        return new ItemAssessment(id, title, PagePaths.item(id), reported, suggested,
                reported != null && disagree(reported, suggested));
    }

    private static boolean disagree(StatusColour reported, StatusColour suggested) {
        return reported != StatusColour.UNKNOWN && suggested != StatusColour.UNKNOWN && reported != suggested;
    }
}
