package nl.techniekpact.shared;

import java.util.regex.Pattern;

/**
 * A stable pact identifier: an action {@code 2013-A17}, a goal {@code 2016-G01}, a theme {@code 2018-T1}
 * or an action under a theme {@code 2018-T1-A01}. Once published these never change.
 */
public record PactId(String value) {

    private static final Pattern ACTION = Pattern.compile("\\d{4}-A\\d{2}|\\d{4}-T\\d-A\\d{2}");
    private static final Pattern GOAL = Pattern.compile("\\d{4}-G\\d{2}");
    private static final Pattern THEME = Pattern.compile("\\d{4}-T\\d");

    public PactId {
        if (value == null || !(isAction(value) || isGoal(value) || isTheme(value))) {
            throw new IllegalArgumentException("Not a pact identifier: " + value);
        }
    }

    public static boolean isAction(String value) {
        return value != null && ACTION.matcher(value).matches();
    }

    public static boolean isGoal(String value) {
        return value != null && GOAL.matcher(value).matches();
    }

    public static boolean isTheme(String value) {
        return value != null && THEME.matcher(value).matches();
    }

    /** The page path of this item. */
    public String path() {
        return PagePaths.item(value);
    }
}
