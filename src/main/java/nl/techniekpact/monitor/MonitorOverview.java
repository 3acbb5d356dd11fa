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

    MonitorOverview(Monitor monitor, PactItems items) {
        this.monitor = monitor;
        this.items = items;
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
     * An item's reported colour against a suggested one: they disagree only when both are known and differ. A
     * goal has no reported colour; an identifier the pact does not know shows as itself.
     */
    private ItemAssessment assessment(String id, StatusColour suggested) {
        var action = items.action(id);
        if (action.isPresent()) {
            StatusColour reported = action.get().currentStatus() == null ? StatusColour.UNKNOWN
                    : action.get().currentStatus().colour();
            return new ItemAssessment(id, action.get().title(), PagePaths.item(id), reported, suggested,
                    reported != StatusColour.UNKNOWN && suggested != StatusColour.UNKNOWN && reported != suggested);
        }
        var goal = items.goal(id);
        if (goal.isPresent()) {
            return new ItemAssessment(id, goal.get().title(), PagePaths.item(id), null, suggested, false);
        }
        return new ItemAssessment(id, id, PagePaths.item(id), null, suggested, false);
    }
}
