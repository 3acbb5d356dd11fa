package nl.techniekpact.monitor;

import java.util.List;
import java.util.Map;

/** An indicator's values over time for one region and breakdown, with the targets that apply and the analysis. */
public record Series(Indicator indicator, Geography geography, Map<String, String> filter, List<SeriesPoint> points,
                     List<Target> targets, Analysis analysis) {
}
