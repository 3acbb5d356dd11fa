package nl.techniekpact.charts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small SVG writer: elements one per line, attribute values and text XML-escaped, coordinates with exactly
 * one decimal ({@link #num(double)}). The root carries the accessible name: {@code role="img"} and
 * {@code aria-labelledby} pointing at the {@code <title>} and {@code <desc>} written right after it.
 */
final class Svg {

    static final String FONT = "sans-serif";
    static final String TEXT_COLOUR = "#1a1a1a";
    static final String MUTED_COLOUR = "#4d4d4d";
    static final String AXIS_COLOUR = "#595959";
    static final String GRID_COLOUR = "#dcdcdc";

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final StringBuilder out = new StringBuilder(4096);
    private int depth;

    /** Checks that an id prefix is usable as an XML id and in {@code url(#…)}: a letter, then letters, digits, - and _. */
    static String checkPrefix(String idPrefix) {
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("An id prefix is a letter followed by letters, digits, - or _: " + idPrefix);
        }
        return idPrefix;
    }

    static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }

    /** Opens the root element and writes its title and description. */
    static Svg root(String idPrefix, String cssClass, double width, double height, String title, String description) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", cssClass, "width", "100%",
                "viewBox", "0 0 " + num(width) + " " + num(height), "preserveAspectRatio", "xMidYMid meet",
                "role", "img", "aria-labelledby", idPrefix + "-title " + idPrefix + "-desc",
                "font-family", FONT, "font-size", "13", "fill", TEXT_COLOUR);
        svg.element("title", requireText(title, "title"), "id", idPrefix + "-title");
        svg.element("desc", requireText(description, "description"), "id", idPrefix + "-desc");
        return svg;
    }

    /** {@code <name a="v" …>} on its own line; attributes with a null value are left out. */
    Svg open(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    Svg close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name a="v" …/>}. */
    Svg empty(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** {@code <name a="v" …>text</name>}, the text escaped. */
    Svg element(String name, String text, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, out);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** A {@code <text>} at (x, y) with the given anchor ({@code start}, {@code middle}, {@code end}) and extra attributes. */
    Svg text(double x, double y, String anchor, String text, String... attributes) {
        String[] all = new String[attributes.length + 6];
        all[0] = "x";
        all[1] = num(x);
        all[2] = "y";
        all[3] = num(y);
        all[4] = "text-anchor";
        all[5] = anchor;
        System.arraycopy(attributes, 0, all, 6, attributes.length);
        return element("text", text, all);
    }

    /** A {@code <line>} with the given stroke and extra attributes. */
    Svg line(double x1, double y1, double x2, double y2, String stroke, String... attributes) {
        String[] all = new String[attributes.length + 10];
        String[] base = {"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "stroke", stroke};
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(attributes, 0, all, base.length, attributes.length);
        return empty("line", all);
    }

    /** The document, root closed. */
    String finish() {
        while (depth > 0) {
            close("svg");
        }
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    /** XML-escapes {@code & < > " '}; drops characters XML 1.0 does not allow (control characters, lone surrogates). */
    static String escape(String text) {
        StringBuilder result = new StringBuilder(text.length() + 16);
        escape(text, result);
        return result.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> appendAllowed(text, i, c, out);
            }
        }
    }

    private static void appendAllowed(String text, int i, char c, StringBuilder out) {
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c);
            }
        } else if (Character.isLowSurrogate(c)) {
            if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                out.append(c);
            }
        } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
        }
    }

    /** A coordinate with exactly one decimal, Locale.ROOT, no negative zero: {@code 12.0}, {@code -3.5}. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite coordinate: " + value);
        }
        long tenths = Math.round(value * 10);
        StringBuilder result = new StringBuilder(8);
        if (tenths < 0) {
            result.append('-');
            tenths = -tenths;
        }
        return result.append(tenths / 10).append('.').append(tenths % 10).toString();
    }

    /**
     * A rough width of a text in a sans-serif font, for layout (label columns, legends, thinning). Without font
     * metrics on the server this errs on the wide side: about 0.58 em per ordinary character.
     */
    static double textWidth(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += charWidth(text.charAt(i));
        }
        return ems * fontSize;
    }

    private static double charWidth(char c) {
        if ("iljI.,:;'|!()[] /".indexOf(c) >= 0) {
            return 0.32;
        }
        if ("mwMW@%\u2013".indexOf(c) >= 0) {
            return 0.9;
        }
        if (Character.isUpperCase(c)) {
            return 0.68;
        }
        return 0.58;
    }
}
