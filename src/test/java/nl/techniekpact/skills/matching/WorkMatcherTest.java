package nl.techniekpact.skills.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import nl.techniekpact.skills.matching.EscoGraph.Link;
import nl.techniekpact.skills.matching.EscoGraph.Occupation;
import org.junit.jupiter.api.Test;

class WorkMatcherTest {

    static final List<Occupation> OCCUPATIONS = List.of(new Occupation("welder", "7212"),
            new Occupation("pipe-welder", "7212"), new Occupation("solderer", "7212"),
            new Occupation("sheet-metal", "7213"), new Occupation("fitter", "7222"),
            new Occupation("painter", "7131"), new Occupation("developer", "2512"), new Occupation("tester", "2519"));

    @Test
    void ranksByTheIscoHierarchyWhenNoSkillsAreKnown() {
        WorkMatcher matcher = new WorkMatcher(new EscoGraph(OCCUPATIONS, List.of(),
                List.of(new Link("pipe-welder", "welder", false)), List.of(), List.of(), Set.of()));
        List<WorkMatch> found = matcher.match(List.of("welder"), List.of(), 10);
        assertThat(found).extracting(WorkMatch::uri).containsExactly("pipe-welder", "solderer", "sheet-metal", "fitter");
        assertThat(found).extracting(WorkMatch::proximity).containsExactly(WorkMatch.Proximity.SPECIALISATION,
                WorkMatch.Proximity.SAME_UNIT_GROUP, WorkMatch.Proximity.SAME_MINOR_GROUP,
                WorkMatch.Proximity.SAME_SUB_MAJOR_GROUP);
        assertThat(found.get(1).fit()).isCloseTo(0.32, within(1e-9));
        assertThat(found).allMatch(m -> !m.skillsKnown() && m.gap().isEmpty() && "welder".equals(m.closeTo()));
        assertThat(found.getFirst().field()).isEqualTo(WorkField.TECHNICAL);
        assertThat(matcher.occupationsWithSkills()).isZero();
    }

    @Test
    void aRareSharedSkillCountsMoreThanOneEveryOccupationAsksFor() {
        WorkMatcher matcher = new WorkMatcher(new EscoGraph(OCCUPATIONS, List.of(
                new Link("welder", "weld", true), new Link("welder", "team", true),
                new Link("solderer", "solder", true), new Link("solderer", "team", true),
                new Link("developer", "code", true), new Link("developer", "team", true)),
                List.of(), List.of(), List.of(), Set.of()));
        double rare = matcher.match(List.of(), List.of("weld"), 10).getFirst().coverage();
        List<WorkMatch> common = matcher.match(List.of(), List.of("team"), 10);
        assertThat(common).hasSize(3);
        WorkMatch welder = common.stream().filter(m -> m.uri().equals("welder")).findFirst().orElseThrow();
        assertThat(rare).isGreaterThan(welder.coverage());
        assertThat(rare).isCloseTo(Math.log(4) / (Math.log(4) + Math.log(2)), within(1e-9));
        assertThat(welder.gap()).extracting(WorkMatch.Skill::uri).containsExactly("weld");
        assertThat(welder.shared()).extracting(WorkMatch.Skill::uri).containsExactly("team");
    }

    @Test
    void namesTheGapEssentialFirstAndAProfileSkillCloseToAMissingOne() {
        WorkMatcher matcher = new WorkMatcher(new EscoGraph(OCCUPATIONS, List.of(
                new Link("pipe-welder", "weld", true), new Link("pipe-welder", "mag", true),
                new Link("pipe-welder", "draw", false), new Link("pipe-welder", "gear", true),
                new Link("painter", "gear", true)),
                List.of(), List.of(new Link("weld", "welding-group", false), new Link("mag", "welding-group", false)),
                List.of(new Link("draw", "sketch", false)), Set.of()));
        WorkMatch m = matcher.match(List.of("welder"), List.of("weld", "sketch"), 10).getFirst();
        assertThat(m.uri()).isEqualTo("pipe-welder");
        assertThat(m.gap()).extracting(WorkMatch.Skill::uri).containsExactly("mag", "gear", "draw");
        assertThat(m.gapTotal()).isEqualTo(3);
        assertThat(m.gap().get(0).near()).isEqualTo("weld");
        assertThat(m.gap().get(0).nearBy()).isEqualTo("group");
        assertThat(m.gap().get(1).near()).isNull();
        assertThat(m.gap().get(2).near()).isEqualTo("sketch");
        assertThat(m.gap().get(2).nearBy()).isEqualTo("related");
        assertThat(m.proximity()).isEqualTo(WorkMatch.Proximity.SAME_UNIT_GROUP);
        assertThat(m.fit()).isGreaterThan(0.4 * 0.8);
    }

    @Test
    void countsDigitalSkillsForIctOccupationsAndNeverProposesAnOccupationHeld() {
        WorkMatcher matcher = new WorkMatcher(new EscoGraph(OCCUPATIONS, List.of(), List.of(), List.of(), List.of(),
                Set.of("python", "sql")));
        List<WorkMatch> found = matcher.match(List.of("developer"), List.of("python", "sql"), 10);
        assertThat(found).extracting(WorkMatch::uri).containsExactly("tester");
        assertThat(found.getFirst().field()).isEqualTo(WorkField.ICT);
        assertThat(found.getFirst().ictSkills()).isEqualTo(2);
        assertThat(found.getFirst().fit()).isCloseTo(0.4 * 0.5 + 0.04, within(1e-9));
        assertThat(matcher.match(List.of(), List.of("python"), 10)).extracting(WorkMatch::uri)
                .containsExactly("developer", "tester");
    }

    @Test
    void marksTechnicalAndIctWorkByIscoGroup() {
        assertThat(WorkField.of("2512")).isEqualTo(WorkField.ICT);
        assertThat(WorkField.of("7422")).isEqualTo(WorkField.ICT);
        assertThat(WorkField.of("1330")).isEqualTo(WorkField.ICT);
        assertThat(WorkField.of("7212")).isEqualTo(WorkField.TECHNICAL);
        assertThat(WorkField.of("2144")).isEqualTo(WorkField.TECHNICAL);
        assertThat(WorkField.of("7512")).isEqualTo(WorkField.OTHER);
        assertThat(WorkField.of("8322")).isEqualTo(WorkField.OTHER);
        assertThat(WorkField.of("2341")).isEqualTo(WorkField.OTHER);
        assertThat(WorkField.of(null)).isEqualTo(WorkField.OTHER);
    }
}
