package nl.techniekpact.monitor.charts;

/** How {@link ClassBreaks} divides values into classes. */
public enum Classification {
    /**
     * About the same number of regions per class (nearest rank): class {@code j} of {@code k} ends at the value of
     * rank ⌈j·n/k⌉. Equal values always share a class, so a class can be merged away when there are many ties.
     * Each class is labelled with the smallest and largest value in it.
     */
    QUANTILES,
    /**
     * Classes of equal width between the smallest and the largest value; a class may be empty. Each class
     * includes its lower bound, the last also its upper bound; labels are the bounds.
     */
    EQUAL_INTERVALS
}
