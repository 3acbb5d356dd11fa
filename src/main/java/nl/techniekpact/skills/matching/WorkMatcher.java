package nl.techniekpact.skills.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks every occupation for a profile (immutable, thread-safe). The fit of an occupation is
 *
 * <ul>
 * <li>where ESCO states its skills: 0.6 × the weighted share of its skills the profile has + 0.4 × its closeness to
 * an occupation held;</li>
 * <li>where it does not (no occupation–skill relations loaded for it): 0.4 × its closeness only;</li>
 * <li>plus, for an ICT occupation, up to 0.1 for the profile's skills in ESCO's ICT collection (0.02 each).</li>
 * </ul>
 *
 * A skill's weight is its specificity, like inverse document frequency: ln(1 + N / n), N the occupations whose
 * skills are known, n those that ask for the skill — a skill few occupations ask for counts more than one that
 * nearly all do ("teamwork"). Essential skills count fully, optional ones half. A missing skill in the same skill
 * group as a profile skill, or related to one in ESCO, counts for 0.3 of its weight as nearly shared. Closeness: a
 * specialisation or generalisation in ESCO's occupation hierarchy 1, same ISCO unit group (4 digits) 0.8, minor
 * group (3) 0.5, sub-major group (2) 0.25. Occupations held are not proposed.
 */
public final class WorkMatcher {

    static final double SKILL_PART = 0.6;
    static final double HIERARCHY_PART = 0.4;
    static final double ICT_PER_SKILL = 0.02;
    static final double ICT_MAX = 0.1;
    static final double NEAR_CREDIT = 0.3;
    static final double OPTIONAL = 0.5;
    public static final int GAP_SHOWN = 12;

    private final Ids occupations = new Ids();
    private final Ids skills = new Ids();
    private final Ids groups = new Ids();
    private final String[] isco;
    private final WorkField[] field;
    private final int[][] occSkills;
    private final boolean[][] occEssential;
    private final double[] occTotal;
    private final int[][] occNeighbours;
    private final double[] weight;
    private final int[][] skillGroups;
    private final int[][] skillRelated;
    private final boolean[] ict;
    private final int known;

    public WorkMatcher(EscoGraph graph) {
        graph.occupations().forEach(o -> occupations.add(o.uri()));
        int n = occupations.size();
        isco = new String[n];
        field = new WorkField[n];
        for (EscoGraph.Occupation o : graph.occupations()) {
            int i = occupations.of(o.uri());
            isco[i] = o.iscoCode();
            field[i] = WorkField.of(o.iscoCode());
        }
        Map<Integer, Map<Integer, Boolean>> bySkill = new HashMap<>();
        for (EscoGraph.Link link : graph.occupationSkills()) {
            Integer o = occupations.find(link.source());
            if (o != null) {
                bySkill.computeIfAbsent(o, k -> new HashMap<>()).merge(skills.add(link.target()), link.essential(),
                        Boolean::logicalOr);
            }
        }
        graph.skillBroader().forEach(l -> groups.add(l.target()));
        graph.skillRelated().forEach(l -> {
            skills.add(l.source());
            skills.add(l.target());
        });
        graph.skillBroader().forEach(l -> skills.add(l.source()));
        graph.ictSkills().forEach(skills::add);
        int s = skills.size();
        occSkills = new int[n][];
        occEssential = new boolean[n][];
        int[] df = new int[s];
        for (int o = 0; o < n; o++) {
            Map<Integer, Boolean> own = bySkill.getOrDefault(o, Map.of());
            occSkills[o] = own.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            occEssential[o] = new boolean[occSkills[o].length];
            for (int k = 0; k < occSkills[o].length; k++) {
                occEssential[o][k] = own.get(occSkills[o][k]);
                df[occSkills[o][k]]++;
            }
        }
        known = bySkill.size();
        weight = new double[s];
        for (int k = 0; k < s; k++) {
            weight[k] = df[k] == 0 ? 0 : Math.log(1 + (double) known / df[k]);
        }
        occTotal = new double[n];
        for (int o = 0; o < n; o++) {
            for (int k = 0; k < occSkills[o].length; k++) {
                occTotal[o] += weight[occSkills[o][k]] * (occEssential[o][k] ? 1 : OPTIONAL);
            }
        }
        occNeighbours = Ids.adjacency(n, graph.occupationBroader(), occupations, occupations);
        skillGroups = Ids.directed(s, graph.skillBroader(), skills, groups);
        skillRelated = Ids.adjacency(s, graph.skillRelated(), skills, skills);
        ict = new boolean[s];
        graph.ictSkills().forEach(u -> ict[skills.of(u)] = true);
    }

    /** How many occupations ESCO's relations give skills for (0 when the relations file is not loaded). */
    public int occupationsWithSkills() {
        return known;
    }

    public int size() {
        return occupations.size();
    }

    /** A skill's specificity weight; 0 when no occupation with known skills asks for it. */
    public double weightOf(String skill) {
        Integer s = skills.find(skill);
        return s == null ? 0 : weight[s];
    }

    /** The skills ESCO states for an occupation, essential first; empty when unknown. */
    public List<WorkMatch.Skill> skillsOf(String occupation) {
        Integer o = occupations.find(occupation);
        if (o == null) {
            return List.of();
        }
        List<WorkMatch.Skill> list = new ArrayList<>();
        for (int k = 0; k < occSkills[o].length; k++) {
            list.add(new WorkMatch.Skill(skills.uri(occSkills[o][k]), occEssential[o][k], weight[occSkills[o][k]], null, null));
        }
        list.sort(SKILL_ORDER);
        return list;
    }

    private static final Comparator<WorkMatch.Skill> SKILL_ORDER = Comparator
            .comparing((WorkMatch.Skill k) -> !k.essential())
            .thenComparing(Comparator.comparingDouble(WorkMatch.Skill::weight).reversed())
            .thenComparing(WorkMatch.Skill::uri);

    /** The best {@code limit} occupations for a profile of held occupations and skills (ESCO URIs). */
    public List<WorkMatch> match(Collection<String> held, Collection<String> profileSkills, int limit) {
        Profile p = new Profile(held, profileSkills);
        double[] fit = new double[occupations.size()];
        List<Integer> candidates = new ArrayList<>();
        for (int o = 0; o < fit.length; o++) {
            if (p.held[o]) {
                continue;
            }
            double score = HIERARCHY_PART * p.proximity(o).weight;
            if (occSkills[o].length > 0) {
                score += SKILL_PART * coverage(o, p);
            }
            if (field[o] == WorkField.ICT) {
                score += Math.min(ICT_MAX, ICT_PER_SKILL * p.ictCount);
            }
            if (score > 0) {
                fit[o] = Math.min(1, score);
                candidates.add(o);
            }
        }
        candidates.sort((a, b) -> fit[a] != fit[b] ? Double.compare(fit[b], fit[a])
                : occupations.uri(a).compareTo(occupations.uri(b)));
        return candidates.stream().limit(Math.max(0, limit)).map(o -> describe(o, fit[o], p)).toList();
    }

    private double coverage(int o, Profile p) {
        if (occTotal[o] == 0) {
            return 0;
        }
        double got = 0;
        for (int k = 0; k < occSkills[o].length; k++) {
            int skill = occSkills[o][k];
            double w = weight[skill] * (occEssential[o][k] ? 1 : OPTIONAL);
            if (p.has[skill]) {
                got += w;
            } else if (p.near(skill) >= 0) {
                got += NEAR_CREDIT * w;
            }
        }
        return got / occTotal[o];
    }

    private WorkMatch describe(int o, double fit, Profile p) {
        List<WorkMatch.Skill> shared = new ArrayList<>();
        List<WorkMatch.Skill> gap = new ArrayList<>();
        for (int k = 0; k < occSkills[o].length; k++) {
            int skill = occSkills[o][k];
            if (p.has[skill]) {
                shared.add(new WorkMatch.Skill(skills.uri(skill), occEssential[o][k], weight[skill], null, null));
            } else {
                int near = p.near(skill);
                String by = near < 0 ? null : p.nearByGroup(skill) ? "group" : "related";
                gap.add(new WorkMatch.Skill(skills.uri(skill), occEssential[o][k], weight[skill],
                        near < 0 ? null : skills.uri(near), by));
            }
        }
        shared.sort(SKILL_ORDER);
        gap.sort(SKILL_ORDER);
        WorkMatch.Proximity proximity = p.proximity(o);
        int close = p.closest(o);
        return new WorkMatch(occupations.uri(o), isco[o], field[o], fit, proximity,
                close < 0 ? null : occupations.uri(close), occSkills[o].length > 0,
                occSkills[o].length > 0 ? coverage(o, p) : 0, List.copyOf(shared),
                List.copyOf(gap.subList(0, Math.min(GAP_SHOWN, gap.size()))), gap.size(),
                field[o] == WorkField.ICT ? p.ictCount : 0);
    }

    /** One profile, indexed for one match: what it has, and the skill groups and related skills of what it has. */
    private final class Profile {
        final boolean[] held = new boolean[occupations.size()];
        final int[] heldList;
        final boolean[] has = new boolean[skills.size()];
        final int[] groupOwner = new int[groups.size()];
        final int[] relatedOwner = new int[skills.size()];
        final int[] special = new int[occupations.size()];
        int ictCount;

        Profile(Collection<String> heldUris, Collection<String> skillUris) {
            Arrays.fill(groupOwner, -1);
            Arrays.fill(relatedOwner, -1);
            Arrays.fill(special, -1);
            heldList = heldUris.stream().map(occupations::find).filter(i -> i != null).mapToInt(Integer::intValue)
                    .distinct().toArray();
            for (int h : heldList) {
                held[h] = true;
                for (int other : occNeighbours[h]) {
                    special[other] = h;
                }
            }
            for (String uri : skillUris) {
                Integer s = skills.find(uri);
                if (s == null || has[s]) {
                    continue;
                }
                has[s] = true;
                ictCount += ict[s] ? 1 : 0;
                for (int g : skillGroups[s]) {
                    if (groupOwner[g] < 0) {
                        groupOwner[g] = s;
                    }
                }
                for (int r : skillRelated[s]) {
                    if (relatedOwner[r] < 0) {
                        relatedOwner[r] = s;
                    }
                }
            }
        }

        /** A profile skill close to {@code skill} (same group first, then related), or -1. */
        int near(int skill) {
            for (int g : skillGroups[skill]) {
                if (groupOwner[g] >= 0) {
                    return groupOwner[g];
                }
            }
            return relatedOwner[skill];
        }

        boolean nearByGroup(int skill) {
            for (int g : skillGroups[skill]) {
                if (groupOwner[g] >= 0) {
                    return true;
                }
            }
            return false;
        }

        WorkMatch.Proximity proximity(int o) {
            int close = closest(o);
            return close < 0 ? WorkMatch.Proximity.NONE : level(o, close);
        }

        /** The held occupation closest to {@code o}, or -1 when none shares even a sub-major group. */
        int closest(int o) {
            if (special[o] >= 0) {
                return special[o];
            }
            int best = -1;
            int bestDigits = 1;
            for (int h : heldList) {
                int digits = common(isco[o], isco[h]);
                if (digits > bestDigits) {
                    best = h;
                    bestDigits = digits;
                }
            }
            return best;
        }

        private WorkMatch.Proximity level(int o, int h) {
            if (special[o] == h) {
                return WorkMatch.Proximity.SPECIALISATION;
            }
            return switch (common(isco[o], isco[h])) {
                case 4 -> WorkMatch.Proximity.SAME_UNIT_GROUP;
                case 3 -> WorkMatch.Proximity.SAME_MINOR_GROUP;
                case 2 -> WorkMatch.Proximity.SAME_SUB_MAJOR_GROUP;
                default -> WorkMatch.Proximity.NONE;
            };
        }
    }

    /** Leading ISCO digits two codes share (at most 4). */
    static int common(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int n = Math.min(4, Math.min(a.length(), b.length()));
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
