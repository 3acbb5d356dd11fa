package nl.techniekpact.shared;

import java.util.Set;

/**
 * Published (inside the writing transaction) whenever the monitor's published figures change: an import, the
 * monitor's own data loaded, a progress report frozen. Pact pages do not show figures and are left alone; the
 * monitor's pages that show many indicators (overview, factsheets, reports, open data) are rebuilt after the
 * commit, and of the pages of one indicator only those of {@code indicators} (null: every indicator's, for a
 * change that is not about particular indicators, such as new boundaries for the maps).
 */
public record MonitorChanged(String reason, Set<String> indicators) {

    /** A change that may touch every indicator's pages. */
    public MonitorChanged(String reason) {
        this(reason, null);
    }

    public MonitorChanged {
        indicators = indicators == null ? null : Set.copyOf(indicators);
    }
}
