package nl.techniekpact.shared;

/**
 * The colour of an action's status in a reporting round. The pact's legend: yellow completed, blue on
 * schedule, red delayed. UNKNOWN where the colour is not known (the 2014 colours were lost in the seed's text).
 * Pages always show the word and an icon next to the colour, never the colour alone.
 */
public enum StatusColour {
    COMPLETED("yellow", "✔"),
    ON_SCHEDULE("blue", "➜"),
    DELAYED("red", "⚠"),
    UNKNOWN("grey", "?");

    private final String colour;
    private final String icon;

    StatusColour(String colour, String icon) {
        this.colour = colour;
        this.icon = icon;
    }

    public String colour() {
        return colour;
    }

    public String icon() {
        return icon;
    }

    /** Message key of the status in words ({@code status.COMPLETED} = "afgerond"). */
    public String messageKey() {
        return "status." + name();
    }
}
