package nl.techniekpact.shared;

/**
 * Published (inside the writing transaction) whenever the monitor's published figures change: an import, the
 * monitor's own data loaded, a progress report frozen. Pact pages do not show figures and are left alone; the
 * monitor pages, factsheets, reports and the figures API are rebuilt after the commit.
 */
public record MonitorChanged(String reason) {
}
