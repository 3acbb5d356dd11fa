package nl.techniekpact.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.Members;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.skills.internal.MatchEngineHolder;
import nl.techniekpact.skills.matching.OfferMatcher;
import nl.techniekpact.skills.matching.WorkMatch;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Vacancies (of a Loket company) and trainings (of a Loket school) that carry ESCO skills. Only a confirmed member
 * of the owning company or school changes one (anyone else: {@link Forbidden}); every change is audited in its
 * transaction. Published ones are public, without personal data. At most {@link #MAX_SKILLS} skills each.
 */
@Service
public class SkillOffers {

    public static final int MAX_SKILLS = 50;
    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 100;
    public static final int MAX_LEVEL = 100;

    /** Vacancy or training: its tables and the kind of Loket party that owns it. */
    public enum Kind {
        VACANCY("skill_vacancy", "skill_vacancy_skill", "vacancy_id", "company_id"),
        TRAINING("skill_training", "skill_training_skill", "training_id", "school_id");

        final String table;
        final String skills;
        final String key;
        final String owner;

        Kind(String table, String skills, String key, String owner) {
            this.table = table;
            this.skills = skills;
            this.key = key;
            this.owner = owner;
        }
    }

    /** What a form sends; {@code hours} and {@code municipality} only for vacancies, {@code level} for trainings. */
    public record Form(String title, String occupation, String place, String municipality, String hours, String level) {
    }

    public record Skill(String uri, String id, String label, String lang, boolean essential, String source) {
    }

    /** One vacancy or training; {@code ownerId} the company or school. */
    public record Offer(long id, long ownerId, String title, String occupation, String occupationLabel,
                        String municipality, String place, Integer hours, String level, boolean published,
                        List<Skill> skills) {
        public Form form() {
            return new Form(title, occupation == null ? "" : occupation, place == null ? "" : place,
                    municipality == null ? "" : municipality, hours == null ? "" : String.valueOf(hours),
                    level == null ? "" : level);
        }
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Members members;
    private final MatchEngineHolder engines;

    SkillOffers(JdbcClient jdbc, Audit audit, Members members, MatchEngineHolder engines) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.engines = engines;
    }

    /** The company or school the user acts for, for this kind; Forbidden when none. */
    public long owner(CurrentUser user, Kind kind) {
        Members.Member member = members.confirmed(user);
        Long owner = kind == Kind.VACANCY ? member.companyId() : member.schoolId();
        if (owner == null) {
            throw new Forbidden(kind == Kind.VACANCY ? "manage vacancies" : "manage trainings");
        }
        return owner;
    }

    @Transactional(readOnly = true)
    public List<Offer> mine(CurrentUser user, Kind kind, String lang) {
        return list(kind, kind.owner + " = ?", owner(user, kind), lang);
    }

    @Transactional(readOnly = true)
    public Offer own(CurrentUser user, Kind kind, long id, String lang) {
        long owner = owner(user, kind);
        Offer offer = find(kind, id, lang);
        if (offer.ownerId() != owner) {
            throw new Forbidden("change another's " + kind);
        }
        return offer;
    }

    @Transactional(readOnly = true)
    public List<Offer> published(Kind kind, String lang) {
        return list(kind, "published", null, lang);
    }

    @Transactional(readOnly = true)
    public Offer publishedOne(Kind kind, long id, String lang) {
        Offer offer = find(kind, id, lang);
        if (!offer.published()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return offer;
    }

    @Transactional
    public long create(CurrentUser user, Kind kind, Form form) {
        long owner = owner(user, kind);
        Map<String, Object> values = validate(kind, form);
        long id = jdbc.sql("insert into " + kind.table + " (" + kind.owner + ", title) values (?, ?) returning id")
                .params(owner, values.get("title")).query(Long.class).single();
        write(kind, id, values);
        audit.record(user.actor(), audit(kind, "create"), kind.table, String.valueOf(id), null, values);
        return id;
    }

    @Transactional
    public void update(CurrentUser user, Kind kind, long id, Form form) {
        Offer before = lockOwn(user, kind, id);
        Map<String, Object> values = validate(kind, form);
        write(kind, id, values);
        audit.record(user.actor(), audit(kind, "update"), kind.table, String.valueOf(id), before.form(), values);
    }

    @Transactional
    public void addSkill(CurrentUser user, Kind kind, long id, String uri, boolean essential) {
        lockOwn(user, kind, id);
        String skill = known(uri, "skill", "skill");
        if (count(kind, id) >= MAX_SKILLS) {
            throw InvalidInput.of("skill", "skills.offer.too-many-skills");
        }
        int added = jdbc.sql("insert into " + kind.skills + " (" + kind.key + ", uri, essential, source) values (?, ?, ?, "
                + "'picked') on conflict do nothing").params(id, skill, essential).update();
        if (added > 0) {
            changed(user, kind, id, "add-skill", null, Map.of("skill", skill, "essential", essential));
        }
    }

    @Transactional
    public void removeSkill(CurrentUser user, Kind kind, long id, String uri) {
        lockOwn(user, kind, id);
        int removed = jdbc.sql("delete from " + kind.skills + " where " + kind.key + " = ? and uri = ?").params(id, uri)
                .update();
        if (removed == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        changed(user, kind, id, "remove-skill", Map.of("skill", uri), null);
    }

    /** Adds the essential skills ESCO states for the offer's occupation (none when unknown); all or nothing. */
    @Transactional
    public int takeOccupationSkills(CurrentUser user, Kind kind, long id) {
        Offer offer = lockOwn(user, kind, id);
        if (offer.occupation() == null) {
            throw InvalidInput.of("occupation", "skills.offer.no-occupation");
        }
        List<String> have = offer.skills().stream().map(Skill::uri).toList();
        List<String> adding = engines.engine().matcher().skillsOf(offer.occupation()).stream()
                .filter(WorkMatch.Skill::essential).map(WorkMatch.Skill::uri).filter(s -> !have.contains(s)).toList();
        if (have.size() + adding.size() > MAX_SKILLS) {
            throw InvalidInput.of("skill", "skills.offer.too-many-skills");
        }
        for (String skill : adding) {
            jdbc.sql("insert into " + kind.skills + " (" + kind.key + ", uri, essential, source) values (?, ?, true, "
                    + "'occupation')").params(id, skill).update();
        }
        if (!adding.isEmpty()) {
            changed(user, kind, id, "add-occupation-skills", null, Map.of("occupation", offer.occupation(), "skills", adding));
        }
        return adding.size();
    }

    @Transactional
    public void setPublished(CurrentUser user, Kind kind, long id, boolean published) {
        Offer before = lockOwn(user, kind, id);
        jdbc.sql("update " + kind.table + " set published = ?, updated_at = now() where id = ?").params(published, id)
                .update();
        audit.record(user.actor(), audit(kind, published ? "publish" : "unpublish"), kind.table, String.valueOf(id),
                Map.of("published", before.published()), Map.of("published", published));
    }

    @Transactional
    public void delete(CurrentUser user, Kind kind, long id) {
        Offer before = lockOwn(user, kind, id);
        jdbc.sql("delete from " + kind.table + " where id = ?").param(id).update();
        audit.record(user.actor(), audit(kind, "delete"), kind.table, String.valueOf(id), before.form(), null);
    }

    /** Every published offer of a kind with its skill URIs, for matching. */
    @Transactional(readOnly = true)
    public List<OfferMatcher.Offer> publishedForMatching(Kind kind) {
        Map<Long, List<OfferMatcher.OfferSkill>> skills = new LinkedHashMap<>();
        jdbc.sql("select o.id, s.uri, s.essential from " + kind.table + " o join " + kind.skills + " s on s." + kind.key
                        + " = o.id where o.published order by o.id, s.uri")
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new OfferMatcher.OfferSkill(rs.getString(2), rs.getBoolean(3)));
                });
        return skills.entrySet().stream().map(e -> new OfferMatcher.Offer(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private Offer lockOwn(CurrentUser user, Kind kind, long id) {
        long owner = owner(user, kind);
        Long actual = jdbc.sql("select " + kind.owner + " from " + kind.table + " where id = ? for update").param(id)
                .query(Long.class).optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (actual != owner) {
            throw new Forbidden("change another's " + kind);
        }
        return find(kind, id, "nl");
    }

    private Map<String, Object> validate(Kind kind, Form form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(form.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "skills.offer.title.invalid");
        }
        String occupation = strip(form.occupation());
        if (!occupation.isEmpty()) {
            try {
                occupation = known(occupation, "occupation", "occupation");
            } catch (InvalidInput e) {
                errors.putAll(e.errors());
            }
        }
        String place = strip(form.place());
        if (place.length() > MAX_PLACE) {
            errors.put("place", "skills.offer.place.invalid");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("occupation_uri", occupation.isEmpty() ? null : occupation);
        values.put("place", place.isEmpty() ? null : place);
        if (kind == Kind.VACANCY) {
            String municipality = strip(form.municipality()).toUpperCase(java.util.Locale.ROOT);
            if (!municipality.isEmpty() && !municipality.matches("GM[0-9]{4}")) {
                errors.put("municipality", "skills.offer.municipality.invalid");
            }
            values.put("municipality_code", municipality.isEmpty() ? null : municipality);
            String hours = strip(form.hours());
            Integer h = null;
            if (!hours.isEmpty()) {
                h = hours.matches("[0-9]{1,2}") ? Integer.valueOf(hours) : null;
                if (h == null || h < 1 || h > 60) {
                    errors.put("hours", "skills.offer.hours.invalid");
                }
            }
            values.put("hours_per_week", h);
        } else {
            String level = strip(form.level());
            if (level.length() > MAX_LEVEL) {
                errors.put("level", "skills.offer.level.invalid");
            }
            values.put("level", level.isEmpty() ? null : level);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return values;
    }

    private void write(Kind kind, long id, Map<String, Object> values) {
        List<String> sets = new ArrayList<>();
        values.keySet().forEach(k -> sets.add(k + " = ?"));
        List<Object> params = new ArrayList<>(values.values());
        params.add(id);
        jdbc.sql("update " + kind.table + " set " + String.join(", ", sets) + ", updated_at = now() where id = ?")
                .params(params).update();
    }

    private List<Offer> list(Kind kind, String where, Object param, String lang) {
        var query = jdbc.sql("select id from " + kind.table + " where " + where + " order by updated_at desc, id desc");
        return (param == null ? query : query.param(param)).query(Long.class).list().stream()
                .map(id -> find(kind, id, lang)).toList();
    }

    private Offer find(Kind kind, long id, String lang) {
        var engine = engines.engine();
        List<Skill> skills = new ArrayList<>();
        jdbc.sql("select uri, essential, source from " + kind.skills + " where " + kind.key + " = ?").param(id)
                .query(rs -> {
                    var names = engine.names().get(rs.getString(1));
                    skills.add(new Skill(rs.getString(1), SkillProfiles.id(rs.getString(1)),
                            SkillProfiles.label(names, lang, rs.getString(1)), SkillProfiles.lang(names, lang),
                            rs.getBoolean(2), rs.getString(3)));
                });
        skills.sort((a, b) -> a.essential() != b.essential() ? (a.essential() ? -1 : 1) : a.label().compareToIgnoreCase(b.label()));
        String extra = kind == Kind.VACANCY ? "municipality_code, hours_per_week, null" : "null, null, level";
        return jdbc.sql("select id, " + kind.owner + ", title, occupation_uri, place, published, " + extra + " from "
                        + kind.table + " where id = ?").param(id)
                .query((rs, n) -> {
                    String occupation = rs.getString(4);
                    var names = occupation == null ? null : engine.names().get(occupation);
                    return new Offer(rs.getLong(1), rs.getLong(2), rs.getString(3), occupation,
                            occupation == null ? null : SkillProfiles.label(names, lang, occupation), rs.getString(7),
                            rs.getString(5), (Integer) rs.getObject(8), rs.getString(9), rs.getBoolean(6),
                            List.copyOf(skills));
                }).optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String known(String uri, String kind, String field) {
        if (uri == null || uri.isBlank() || uri.length() > SkillProfiles.MAX_URI) {
            throw InvalidInput.of(field, "skills.offer.unknown");
        }
        boolean exists = jdbc.sql("select exists (select 1 from esco_concept where uri = ? and kind = ?)")
                .params(uri.strip(), kind).query(Boolean.class).single();
        if (!exists) {
            throw InvalidInput.of(field, "skills.offer.unknown");
        }
        return uri.strip();
    }

    private int count(Kind kind, long id) {
        return jdbc.sql("select count(*) from " + kind.skills + " where " + kind.key + " = ?").param(id)
                .query(Integer.class).single();
    }

    /** How many skills ESCO states for an occupation (0 when its relations are not loaded). */
    public int occupationSkillCount(String occupation) {
        return engines.engine().matcher().skillsOf(occupation).size();
    }

    private void changed(CurrentUser user, Kind kind, long id, String action, Object before, Object after) {
        jdbc.sql("update " + kind.table + " set updated_at = now() where id = ?").param(id).update();
        audit.record(user.actor(), audit(kind, action), kind.table, String.valueOf(id), before, after);
    }

    private static String audit(Kind kind, String action) {
        return (kind == Kind.VACANCY ? "skill-vacancy." : "skill-training.") + action;
    }

    private static String strip(String s) { return s == null ? "" : s.strip(); }
}
