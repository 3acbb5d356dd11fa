package nl.techniekpact.shared;

/**
 * The public page paths of the pact's items, partners and regions: the one place where they are built (pages,
 * the search index, the monitor's links to the pact, the public page cache).
 */
public final class PagePaths {

    public static final String ACTIONS = "/actions/";
    public static final String GOALS = "/goals/";
    public static final String THEMES = "/themes/";
    public static final String EDITIONS = "/editions/";
    public static final String PARTNERS = "/partners/";
    public static final String REGIONS = "/regions/";

    private PagePaths() {
    }

    /** The page of an action, goal or theme, by its pact identifier ({@code 2013-A01}, {@code 2016-G01} …). */
    public static String item(String pactId) {
        if (PactId.isAction(pactId)) {
            return ACTIONS + pactId;
        }
        return (PactId.isGoal(pactId) ? GOALS : THEMES) + pactId;
    }

    /** A regional example: an anchor on its theme's page. */
    public static String example(String themeId, String exampleId) {
        return THEMES + themeId + "#" + exampleId;
    }

    public static String partner(String partnerId) {
        return PARTNERS + partnerId;
    }

    public static String region(String regionCode) {
        return REGIONS + regionCode;
    }
}
