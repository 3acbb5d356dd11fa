package nl.techniekpact.skills.matching;

import java.util.List;

/**
 * One occupation that fits a profile: its fit (0–1), how close it is to an occupation held, the skills shared and
 * missing (each with its specificity weight), and whether ESCO states this occupation's skills at all.
 *
 * @param closeTo       the held occupation it is closest to in the hierarchies, or null
 * @param skillsKnown   false when no occupation–skill relations are loaded for this occupation: then the fit
 *                      rests on the hierarchies only, and shared and missing skills are unknown
 * @param coverage      the weighted share of this occupation's skills the profile has (0 when unknown)
 * @param gapTotal      how many of its skills the profile lacks (the list holds the weightiest)
 * @param ictSkills     how many of the profile's skills are in ESCO's ICT collection (counted for ICT occupations)
 */
public record WorkMatch(String uri, String iscoCode, WorkField field, double fit, Proximity proximity, String closeTo,
                        boolean skillsKnown, double coverage, List<Skill> shared, List<Skill> gap, int gapTotal,
                        int ictSkills) {

    /** How an occupation relates to a held one: the ESCO hierarchy, then ever wider ISCO groups. */
    public enum Proximity {
        SPECIALISATION(1.0), SAME_UNIT_GROUP(0.8), SAME_MINOR_GROUP(0.5), SAME_SUB_MAJOR_GROUP(0.25), NONE(0);

        final double weight;

        Proximity(double weight) {
            this.weight = weight;
        }
    }

    /**
     * A skill of the occupation. {@code near} names a profile skill close to a missing one (same skill group or
     * related in ESCO), with {@code nearBy} "group" or "related"; both null otherwise.
     */
    public record Skill(String uri, boolean essential, double weight, String near, String nearBy) {
    }
}
