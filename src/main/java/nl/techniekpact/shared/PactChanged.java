package nl.techniekpact.shared;

/**
 * Published (inside the writing transaction) whenever published pact content changes: pact data loaded, an
 * update approved. Listeners that keep copies of published pages or data react after the commit.
 */
public record PactChanged(String reason) {
}
