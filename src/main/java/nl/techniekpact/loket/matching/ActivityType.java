package nl.techniekpact.loket.matching;

/** What kind of activity a listing offers or asks for. */
public enum ActivityType {
    /** A guest lesson: someone from a company teaches at the school (or online). */
    GASTLES,
    /** A company visit: a class visits the company. */
    BEDRIJFSBEZOEK,
    /** A career day or fair with several companies. */
    CAREER_DAY,
    /** A work placement for a teacher at a company. */
    DOCENTENSTAGE,
    /** A project or assignment that runs over several weeks. */
    PROJECT,
    /** Hybrid teaching: a professional teaches part of a course regularly. */
    HYBRID_TEACHING
}
