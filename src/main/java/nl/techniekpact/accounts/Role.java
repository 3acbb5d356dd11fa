package nl.techniekpact.accounts;

/** What a user may do; the scope (own actions, own region) comes from the user's organisation. */
public enum Role {
    /** The programme office: manages the pact, users and rounds; reviews and approves. */
    OFFICE,
    /** An action owner: reports on the actions its organisation (a partner) owns. */
    OWNER,
    /** A regional coordinator: keeps its own region's agenda, progress and examples. */
    COORDINATOR,
    /** A signed-in reader: reads what is published. */
    READER;

    public String authority() {
        return "ROLE_" + name();
    }
}
