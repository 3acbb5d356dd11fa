package nl.techniekpact.loket;

/** A hybrid teacher's teaching qualification: bevoegd, in opleiding, or none. */
public enum Qualification {
    /** Holds a teaching qualification for the subject and level (bevoegd). */
    QUALIFIED,
    /** Is training for one (in opleiding). */
    IN_TRAINING,
    /** Has none. */
    NONE
}
