package nl.techniekpact.skills.matching;

/**
 * Whether an occupation is technical or ICT work, by its ISCO-08 group (ESCO joins every occupation to one).
 *
 * <p>ICT: 25 (ICT professionals), 35 (information and communications technicians), 133 (ICT service managers)
 * and 7422 (ICT installers and servicers) — the groups ISCO-08 itself names after ICT. Technical: 132 (managers
 * in manufacturing, mining, construction and distribution), 21 (science and engineering professionals), 31
 * (science and engineering associate professionals), major group 7 without 75 (the building, metal, machinery,
 * electrical and electronic trades and handicraft and printing; 75 is food processing, wood, garment and other
 * craft), 81 (stationary plant and machine operators) and 82 (assemblers): the groups whose work is making,
 * building, installing or maintaining technology, which is what the Techniekpact means by technical work. Drivers
 * and mobile plant operators (83) and the other groups are neither. ICT wins over technical (7422 lies in 7).
 */
public enum WorkField {
    ICT, TECHNICAL, OTHER;

    public static WorkField of(String iscoCode) {
        if (iscoCode == null || iscoCode.isBlank()) {
            return OTHER;
        }
        String c = iscoCode.strip();
        if (c.startsWith("25") || c.startsWith("35") || c.startsWith("133") || c.startsWith("7422")) {
            return ICT;
        }
        if (c.startsWith("132") || c.startsWith("21") || c.startsWith("31") || c.startsWith("81")
                || c.startsWith("82") || (c.startsWith("7") && !c.startsWith("75"))) {
            return TECHNICAL;
        }
        return OTHER;
    }
}
