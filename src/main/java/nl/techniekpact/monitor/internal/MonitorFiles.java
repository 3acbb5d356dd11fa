package nl.techniekpact.monitor.internal;

import java.util.List;
import java.util.Map;

/** The shapes of the monitor data files (docs/monitor-data-format.md). */
final class MonitorFiles {

    private MonitorFiles() {
    }

    record Texts(String nl, String en) {
    }

    record IndicatorsFile(List<IndicatorEntry> indicators) {
    }

    record IndicatorEntry(String code, Texts name, Texts definition, String kind, String unit, String direction,
                          String source, List<String> breakdowns, List<String> themes, List<String> links,
                          List<String> notes) {
        IndicatorEntry {
            breakdowns = breakdowns == null ? List.of() : breakdowns;
            themes = themes == null ? List.of() : themes;
            links = links == null ? List.of() : links;
            notes = notes == null ? List.of() : notes;
        }
    }

    record TargetsFile(List<TargetEntry> targets) {
    }

    record Baseline(String period, Double value) {
    }

    record TargetValue(Double value, Integer year) {
    }

    record SeedSource(String seed, String ref, String table, String quote) {
    }

    record TargetEntry(String indicator, String region, Map<String, String> breakdown, Baseline baseline,
                       TargetValue target, SeedSource source, List<String> notes) {
        TargetEntry {
            breakdown = breakdown == null ? Map.of() : breakdown;
            notes = notes == null ? List.of() : notes;
        }
    }

    record ObservationsFile(List<ObservationEntry> observations) {
    }

    record ObservationEntry(String indicator, String region, String period, Map<String, String> breakdown,
                            Double value, Double numerator, Double denominator, Boolean provisional,
                            SeedSource source, List<String> notes) {
        ObservationEntry {
            breakdown = breakdown == null ? Map.of() : breakdown;
            notes = notes == null ? List.of() : notes;
        }
    }
}
