package nl.techniekpact.skills.matching;

import java.util.List;
import java.util.Set;

/**
 * What the matcher is built from, as loaded: occupations with their ISCO group, the ESCO occupation hierarchy,
 * occupation–skill relations (empty when ESCO's relations file is not loaded), skills' broader skill groups,
 * skill–skill relations, and the skills of ESCO's ICT collection.
 */
public record EscoGraph(List<Occupation> occupations, List<Link> occupationSkills, List<Link> occupationBroader,
                        List<Link> skillBroader, List<Link> skillRelated, Set<String> ictSkills) {

    public record Occupation(String uri, String iscoCode) {
    }

    /** {@code essential} only means something for occupation–skill links. */
    public record Link(String source, String target, boolean essential) {
    }

    public EscoGraph {
        occupations = List.copyOf(occupations);
        occupationSkills = List.copyOf(occupationSkills);
        occupationBroader = List.copyOf(occupationBroader);
        skillBroader = List.copyOf(skillBroader);
        skillRelated = List.copyOf(skillRelated);
        ictSkills = Set.copyOf(ictSkills);
    }
}
