package nl.techniekpact.loket.matching;

/** Where an activity can take place. */
public enum Venue {
    /** At the school, in the classroom. */
    AT_SCHOOL,
    /** At the company's premises. */
    AT_COMPANY,
    /** Online; when both sides accept it, distance no longer excludes a match. */
    ONLINE
}
