package nl.techniekpact.shared;

/**
 * A write based on a version of the data that someone else has changed since (optimistic locking). The user
 * gets a clear message and the current state, never a silent overwrite.
 */
public class StaleData extends RuntimeException {

    public StaleData(String what) {
        super("Changed by someone else in the meantime: " + what);
    }
}
