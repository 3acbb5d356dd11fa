package nl.techniekpact.monitor;

import java.util.List;
import java.util.Map;

/**
 * A target the pact sets (value null: the seed states a target without a number, e.g. "verdubbelen") for an indicator in a region (and breakdown cell): the value to reach by
 * {@code year}, the baseline it started from, and where it is stated ({@code seed}, {@code itemId} goal or
 * action, the seed's own words in {@code quote}).
 */
public record Target(String indicator, String region, Map<String, String> breakdown, String baselinePeriod,
                     Double baselineValue, Double value, Integer year, String seed, String itemId, String quote,
                     List<String> notes) {
}
