package nl.techniekpact.skills;

import java.util.List;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.skills.internal.MatchEngineHolder;
import nl.techniekpact.skills.matching.WorkField;
import nl.techniekpact.skills.matching.WorkMatch;
import org.springframework.stereotype.Service;

/**
 * Work-to-work matching for the signed-in user's own profile: the occupations that fit, with the skills shared and
 * missing, labelled in the asked language (see {@link nl.techniekpact.skills.matching.WorkMatcher} for the fit).
 */
@Service
public class WorkMatches {

    public static final int MAX_RESULTS = 50;

    /** A skill of a match; {@code near} the label of a profile skill close to a missing one. */
    public record SkillRef(String id, String label, String lang, boolean essential, String near, String nearLang,
                           String nearBy) {
    }

    /**
     * @param closeTo label of the held occupation it is closest to, or null
     * @param group   the label of its ISCO group, or null when unknown
     */
    public record Match(String uri, String id, String label, String lang, String group, WorkField field,
                        int fitPercent, WorkMatch.Proximity proximity, String closeTo, boolean skillsKnown,
                        int coveragePercent, List<SkillRef> shared, List<SkillRef> gap, int gapTotal, int ictSkills) {
    }

    /** @param relationsLoaded whether ESCO's occupation–skill relations are loaded at all */
    public record Result(List<Match> matches, boolean relationsLoaded, boolean emptyProfile) {
    }

    private final SkillProfiles profiles;
    private final MatchEngineHolder engines;

    WorkMatches(SkillProfiles profiles, MatchEngineHolder engines) {
        this.profiles = profiles;
        this.engines = engines;
    }

    public Result forProfile(CurrentUser user, String lang, int limit) {
        SkillProfiles.Uris uris = profiles.uris(user);
        MatchEngineHolder.Engine engine = engines.engine();
        boolean loaded = engine.matcher().occupationsWithSkills() > 0;
        if (uris.occupations().isEmpty() && uris.skills().isEmpty()) {
            return new Result(List.of(), loaded, true);
        }
        int size = Math.max(1, Math.min(limit, MAX_RESULTS));
        List<Match> matches = engine.matcher().match(uris.occupations(), uris.skills(), size).stream()
                .map(m -> view(m, engine, lang)).toList();
        return new Result(matches, loaded, false);
    }

    private static Match view(WorkMatch m, MatchEngineHolder.Engine engine, String lang) {
        var names = engine.names().get(m.uri());
        var group = m.iscoCode() == null ? null : engine.names().get(MatchEngineHolder.iscoUri(m.iscoCode()));
        var close = m.closeTo() == null ? null : engine.names().get(m.closeTo());
        return new Match(m.uri(), SkillProfiles.id(m.uri()), SkillProfiles.label(names, lang, m.uri()),
                SkillProfiles.lang(names, lang), group == null ? null : group.in(lang), m.field(),
                (int) Math.round(m.fit() * 100), m.proximity(),
                m.closeTo() == null ? null : SkillProfiles.label(close, lang, m.closeTo()), m.skillsKnown(),
                (int) Math.round(m.coverage() * 100), refs(m.shared(), engine, lang), refs(m.gap(), engine, lang),
                m.gapTotal(), m.ictSkills());
    }

    private static List<SkillRef> refs(List<WorkMatch.Skill> skills, MatchEngineHolder.Engine engine, String lang) {
        return skills.stream().map(s -> {
            var names = engine.names().get(s.uri());
            var near = s.near() == null ? null : engine.names().get(s.near());
            return new SkillRef(SkillProfiles.id(s.uri()), SkillProfiles.label(names, lang, s.uri()),
                    SkillProfiles.lang(names, lang), s.essential(),
                    s.near() == null ? null : SkillProfiles.label(near, lang, s.near()),
                    s.near() == null ? null : SkillProfiles.lang(near, lang), s.nearBy());
        }).toList();
    }
}
