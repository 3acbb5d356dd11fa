package nl.techniekpact.shared;

/** Small text rules every module applies the same way. */
public final class Text {

    private Text() {
    }

    /** {@code null} for null, empty or whitespace-only input; otherwise the input without surrounding spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The text with runs of whitespace collapsed to one space, shortened at a word boundary to at most
     * {@code max} characters (ending in " …") when longer. Null stays null.
     */
    public static String shorten(String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replaceAll("\\s+", " ");
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 3);
        return text.substring(0, cut > 0 ? cut : max - 3) + " …";
    }

    /**
     * {@code value} for use inside a SQL {@code LIKE}/{@code ILIKE} pattern (default escape character
     * {@code \}): {@code %} and {@code _} match themselves, not any text or any character.
     */
    public static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
