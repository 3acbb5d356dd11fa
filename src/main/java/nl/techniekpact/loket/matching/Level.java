package nl.techniekpact.loket.matching;

/** The school level a listing is for. */
public enum Level {
    /** Primary education (primair onderwijs). */
    PO,
    /** Pre-vocational secondary education. */
    VMBO,
    /** Senior general secondary education. */
    HAVO,
    /** Pre-university education. */
    VWO,
    /** Practical education (praktijkonderwijs). */
    PRO,
    /** Secondary vocational education. */
    MBO
}
