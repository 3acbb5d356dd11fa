package nl.techniekpact.charts;

/** How {@link ClassBreaks} divides values into classes. */
public enum Classification {
    /**
     * About the same number of regions per class: class {@code j} of {@code k} ends at the first value whose
     * cumulative count reaches {@code j·n/k} (nearest rank). Equal values always share a class; every class holds
     * at least one value, so with many ties the classes are less even. Each class is labelled with the smallest
     * and largest value in it.
     */
    QUANTILES,
    /**
     * Classes of equal width between the smallest and the largest value; a class may be empty. Each class
     * includes its lower bound, the last also its upper bound; labels are the bounds.
     */
    EQUAL_INTERVALS
}
