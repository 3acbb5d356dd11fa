package nl.techniekpact.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.skills.internal.MatchEngineHolder;
import nl.techniekpact.skills.matching.WorkMatch;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's skills profile: the occupations they have held and their skills, as ESCO concepts. One per account and
 * private — every method works on the signed-in user's own profile only, so nobody can name another's; every
 * change is audited in its transaction. At most {@link #MAX_OCCUPATIONS} occupations and {@link #MAX_SKILLS} skills.
 */
@Service
public class SkillProfiles {

    public static final int MAX_OCCUPATIONS = 30;
    public static final int MAX_SKILLS = 200;
    static final int MAX_URI = 200;

    /**
     * An occupation or skill in a profile, labelled in the asked language. {@code inEsco} false when the loaded ESCO
     * no longer has it; {@code escoSkills} for an occupation: how many skills ESCO states for it (0 when unknown).
     */
    public record Item(String uri, String id, String kind, String label, String lang, boolean inEsco, String source,
                       String fromOccupation, String fromOccupationLabel, int escoSkills) {
    }

    public record Profile(List<Item> occupations, List<Item> skills) {
        public boolean isEmpty() {
            return occupations.isEmpty() && skills.isEmpty();
        }
    }

    /** The URIs of a profile, for matching. */
    record Uris(List<String> occupations, List<String> skills) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final MatchEngineHolder engines;

    SkillProfiles(JdbcClient jdbc, Audit audit, MatchEngineHolder engines) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.engines = engines;
    }

    @Transactional(readOnly = true)
    public Profile mine(CurrentUser user, String lang) {
        Uris uris = uris(user);
        var engine = engines.engine();
        List<Item> occupations = new ArrayList<>();
        for (String uri : uris.occupations()) {
            var names = engine.names().get(uri);
            occupations.add(new Item(uri, id(uri), "occupation", label(names, lang, uri), lang(names, lang), names != null,
                    null, null, null, engine.matcher().skillsOf(uri).size()));
        }
        List<Item> skills = new ArrayList<>();
        jdbc.sql("""
                        select s.uri, s.source, s.from_occupation from skill_profile_skill s
                        join skill_profile p on p.id = s.profile_id where p.owner_id = ? order by s.added_at, s.uri""")
                .param(user.id())
                .query(rs -> {
                    String uri = rs.getString(1);
                    String from = rs.getString(3);
                    var names = engine.names().get(uri);
                    var fromNames = from == null ? null : engine.names().get(from);
                    skills.add(new Item(uri, id(uri), "skill", label(names, lang, uri), lang(names, lang), names != null,
                            rs.getString(2), from, from == null ? null : label(fromNames, lang, from), 0));
                });
        skills.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return new Profile(List.copyOf(occupations), List.copyOf(skills));
    }

    @Transactional
    public void addOccupation(CurrentUser user, String uri) {
        String occupation = known(uri, "occupation");
        long profile = profile(user);
        int count = count("skill_profile_occupation", profile);
        if (count >= MAX_OCCUPATIONS) {
            throw InvalidInput.of("occupation", "esco.profile.too-many-occupations");
        }
        int added = jdbc.sql("insert into skill_profile_occupation (profile_id, uri) values (?, ?) on conflict do nothing")
                .params(profile, occupation).update();
        if (added > 0) {
            changed(user, profile, "skill-profile.add-occupation", null, Map.of("occupation", occupation));
        }
    }

    @Transactional
    public void removeOccupation(CurrentUser user, String uri) {
        long profile = profile(user);
        int removed = jdbc.sql("delete from skill_profile_occupation where profile_id = ? and uri = ?")
                .params(profile, uri).update();
        if (removed == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        changed(user, profile, "skill-profile.remove-occupation", Map.of("occupation", uri), null);
    }

    @Transactional
    public void addSkill(CurrentUser user, String uri) {
        String skill = known(uri, "skill");
        long profile = profile(user);
        if (count("skill_profile_skill", profile) >= MAX_SKILLS) {
            throw InvalidInput.of("skill", "esco.profile.too-many-skills");
        }
        int added = jdbc.sql("insert into skill_profile_skill (profile_id, uri, source) values (?, ?, 'picked') "
                + "on conflict do nothing").params(profile, skill).update();
        if (added > 0) {
            changed(user, profile, "skill-profile.add-skill", null, Map.of("skill", skill, "source", "picked"));
        }
    }

    @Transactional
    public void removeSkill(CurrentUser user, String uri) {
        long profile = profile(user);
        int removed = jdbc.sql("delete from skill_profile_skill where profile_id = ? and uri = ?")
                .params(profile, uri).update();
        if (removed == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        changed(user, profile, "skill-profile.remove-skill", Map.of("skill", uri), null);
    }

    /**
     * Adds the essential skills ESCO states for an occupation of the profile (those not in it yet); none when ESCO's
     * occupation–skill relations are not loaded for it. All or nothing: refused when they would pass the limit.
     *
     * @return how many were added
     */
    @Transactional
    public int addOccupationSkills(CurrentUser user, String uri) {
        long profile = profile(user);
        boolean held = jdbc.sql("select exists (select 1 from skill_profile_occupation where profile_id = ? and uri = ?)")
                .params(profile, uri).query(Boolean.class).single();
        if (!held) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> have = jdbc.sql("select uri from skill_profile_skill where profile_id = ?").param(profile)
                .query(String.class).list();
        List<String> adding = engines.engine().matcher().skillsOf(uri).stream().filter(WorkMatch.Skill::essential)
                .map(WorkMatch.Skill::uri).filter(s -> !have.contains(s)).toList();
        if (have.size() + adding.size() > MAX_SKILLS) {
            throw InvalidInput.of("skill", "esco.profile.too-many-skills");
        }
        for (String skill : adding) {
            jdbc.sql("insert into skill_profile_skill (profile_id, uri, source, from_occupation) values (?, ?, 'occupation', ?)")
                    .params(profile, skill, uri).update();
        }
        if (!adding.isEmpty()) {
            changed(user, profile, "skill-profile.add-occupation-skills", null,
                    Map.of("occupation", uri, "skills", adding));
        }
        return adding.size();
    }

    /** The profile's URIs; empty lists when the user has none. */
    Uris uris(CurrentUser user) {
        List<String> occupations = jdbc.sql("""
                        select o.uri from skill_profile_occupation o join skill_profile p on p.id = o.profile_id
                        where p.owner_id = ? order by o.added_at, o.uri""").param(user.id()).query(String.class).list();
        List<String> skills = jdbc.sql("""
                        select s.uri from skill_profile_skill s join skill_profile p on p.id = s.profile_id
                        where p.owner_id = ? order by s.uri""").param(user.id()).query(String.class).list();
        return new Uris(occupations, skills);
    }

    private String known(String uri, String kind) {
        String field = kind.equals("occupation") ? "occupation" : "skill";
        if (uri == null || uri.isBlank() || uri.length() > MAX_URI) {
            throw InvalidInput.of(field, "esco.profile.unknown");
        }
        boolean exists = jdbc.sql("select exists (select 1 from esco_concept where uri = ? and kind = ?)")
                .params(uri.strip(), kind).query(Boolean.class).single();
        if (!exists) {
            throw InvalidInput.of(field, "esco.profile.unknown");
        }
        return uri.strip();
    }

    /** The user's profile id, created on first change; the row is locked so limits hold under concurrent adds. */
    private long profile(CurrentUser user) {
        jdbc.sql("insert into skill_profile (owner_id) values (?) on conflict (owner_id) do nothing").param(user.id())
                .update();
        return jdbc.sql("select id from skill_profile where owner_id = ? for update").param(user.id())
                .query(Long.class).single();
    }

    private int count(String table, long profile) {
        return jdbc.sql("select count(*) from " + table + " where profile_id = ?").param(profile)
                .query(Integer.class).single();
    }

    private void changed(CurrentUser user, long profile, String action, Object before, Object after) {
        jdbc.sql("update skill_profile set updated_at = now() where id = ?").param(profile).update();
        audit.record(user.actor(), action, "skill_profile", String.valueOf(profile), before, after);
    }

    static String id(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    static String label(MatchEngineHolder.Names names, String lang, String uri) {
        return names == null ? id(uri) : names.in(lang);
    }

    static String lang(MatchEngineHolder.Names names, String lang) {
        return names == null ? lang : names.langOf(lang);
    }
}
