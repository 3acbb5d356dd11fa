package nl.techniekpact.pact;

import nl.techniekpact.shared.Text;

/**
 * How an action is named in lists, tasks, e-mails, search results and reports: the one rule, with one length.
 */
public final class ActionLabels {

    /** The longest label or summary, in characters (longer text is cut at a word and ends in " …"). */
    public static final int MAX_LENGTH = 160;

    private ActionLabels() {
    }

    /** The label: the action's title, else its first item's text, else its text; shortened. Never null. */
    public static String label(String title, String firstItem, String text) {
        return shortened(firstPresent(title, firstItem, text));
    }

    /**
     * The summary in a report's overview, where the title is not shown: the action's text, else its first
     * item's text; shortened. Never null.
     */
    public static String summary(String text, String firstItem) {
        return shortened(firstPresent(text, firstItem, null));
    }

    private static String shortened(String text) {
        return text == null ? "" : Text.shorten(text, MAX_LENGTH);
    }

    private static String firstPresent(String first, String second, String third) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        if (second != null && !second.isBlank()) {
            return second;
        }
        return third;
    }
}
