package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.WebSession;
import nl.techniekpact.loket.LoketParties.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of activities, calendars and saved searches — enumerated from the request mappings, so a new
 * one cannot escape — tried by everyone who may not: anonymous (sent to the login page), a member of another school
 * and of another company, the wrong side of the activity (the proposer cannot accept, the other side cannot
 * withdraw, nobody proposes on their own side's listings or on a draft), and unconfirmed members of the school and
 * the company themselves (403). Afterwards the database is as it was. The pages tell the same story: nobody else
 * reads an activity, its contacts or another's drafts.
 */
@PlatformIntegrationTest
class ActivityAuthorizationIntegrationTest {

    enum Who { ANON, OTHER_SCHOOL, OTHER_COMPANY, WRONG_SIDE, UNCONFIRMED_SCHOOL, UNCONFIRMED_COMPANY }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoketParties parties;
    @Autowired
    Activities activities;
    @Autowired
    SavedSearches searches;
    @Autowired
    Calendars calendars;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
    final List<Person> people = new ArrayList<>();
    Person anna;
    Person kees;
    Person annaColleague;
    Person keesColleague;
    long offer;
    long draftRequest;
    long request;
    long proposed;
    long introduced;
    long held;
    long savedSearch;

    /** One POST: the path and form, and the session that tries it (null: the one of the person tried). */
    record Attempt(String path, Map<String, String> form, WebSession as) {

        Attempt(String path, Map<String, String> form) {
            this(path, form, null);
        }
    }

    /** An endpoint (as mapped) with what each refused person tries there; a null attempt: does not apply. */
    record Case(String endpoint, Function<Who, Attempt> attempt) {
    }

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock);
        long companyId = parties.company("Matrixbedrijf " + suffix);
        long schoolId = parties.school();
        kees = parties.companyMember(companyId, "CONFIRMED", port);
        anna = parties.schoolMember(schoolId, "CONFIRMED", port);
        keesColleague = parties.companyMember(companyId, "PENDING", port);
        annaColleague = parties.schoolMember(schoolId, "AWAITING_OFFICE", port);
        sessions.put(Who.ANON, new WebSession(port));
        Person otherSchool = parties.schoolMember(parties.school(), "CONFIRMED", port);
        Person otherCompany = parties.companyMember(parties.company("Ander " + suffix), "CONFIRMED", port);
        people.addAll(List.of(kees, anna, keesColleague, annaColleague, otherSchool, otherCompany));
        sessions.put(Who.OTHER_SCHOOL, otherSchool.web());
        sessions.put(Who.OTHER_COMPANY, otherCompany.web());
        sessions.put(Who.UNCONFIRMED_SCHOOL, annaColleague.web());
        sessions.put(Who.UNCONFIRMED_COMPANY, keesColleague.web());

        offer = parties.offer(kees, "Matrixaanbod " + suffix, 5, null, null);
        request = parties.request(anna, "Matrixvraag " + suffix);
        draftRequest = parties.draft(anna, "Geheim concept " + suffix);
        proposed = activities.propose(anna.user(), offer, "Voorstel", "");
        introduced = activities.propose(kees.user(), request, "Voorstel", "");
        activities.accept(anna.user(), introduced, today.toString(), version(introduced));
        long third = parties.request(anna, "Derde vraag " + suffix);
        held = activities.propose(kees.user(), third, "Voorstel", "");
        activities.accept(anna.user(), held, today.toString(), version(held));
        activities.markHeld(anna.user(), held, "", version(held));
        savedSearch = searches.saveForListing(anna.user(), request);
        calendars.newLink(anna.user());
        calendars.newLink(kees.user());
    }

    @Test
    void everyActivityEndpointRefusesWhoMayNotAndChangesNothing() {
        List<Case> cases = cases();
        assertThat(new TreeSet<>(cases.stream().map(Case::endpoint).toList())).as("endpoints without a case")
                .containsAll(endpoints());

        String before = database();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Case c : cases) {
            for (Who who : Who.values()) {
                Attempt attempt = c.attempt().apply(who);
                if (attempt == null) {
                    continue;
                }
                tried++;
                WebSession session = attempt.as() != null ? attempt.as() : sessions.get(who);
                HttpResponse<String> response = session.post(attempt.path(), attempt.form());
                String location = response.headers().firstValue("Location").orElse("");
                boolean refused = who == Who.ANON ? response.statusCode() == 302 && location.endsWith("/login")
                        : response.statusCode() == 403;
                if (!refused) {
                    failures.add(c.endpoint() + " as " + who + ": " + response.statusCode() + " " + location);
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    failures.add(c.endpoint() + " as " + who + " shows internals");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(tried).isGreaterThan(50);
        assertThat(database()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void nobodyElseReadsAnActivityItsContactsOrADraft() {
        for (long id : List.of(proposed, introduced, held)) {
            String page = "/loket/mijn/activiteiten/" + id;
            assertThat(sessions.get(Who.ANON).get(page).headers().firstValue("Location").orElse(""))
                    .endsWith("/login");
            for (Who who : List.of(Who.OTHER_SCHOOL, Who.OTHER_COMPANY, Who.UNCONFIRMED_SCHOOL,
                    Who.UNCONFIRMED_COMPANY)) {
                HttpResponse<String> response = sessions.get(who).get(page);
                assertThat(response.statusCode()).as(page + " as " + who).isEqualTo(403);
                assertThat(response.body()).doesNotContain(anna.email(), kees.email(), kees.phone());
            }
        }
        assertThat(kees.web().get("/loket/mijn/activiteiten/" + proposed).body()).as("before the introduction")
                .doesNotContain(anna.email(), anna.name()).contains("Aannemen");
        assertThat(kees.web().get("/loket/mijn/activiteiten/" + introduced).body()).as("after it")
                .contains(anna.email(), anna.name());
        for (Who who : List.of(Who.OTHER_SCHOOL, Who.OTHER_COMPANY, Who.UNCONFIRMED_SCHOOL)) {
            assertThat(sessions.get(who).get("/loket/mijn/activiteiten").statusCode()).as("list as " + who)
                    .isIn(200, 403);
            assertThat(sessions.get(who).get("/loket/mijn/activiteiten").body()).doesNotContain("Matrixaanbod");
        }
        assertThat(sessions.get(Who.OTHER_COMPANY).get("/loket/vraag/" + draftRequest).statusCode())
                .as("a draft is not public").isEqualTo(404);
        assertThat(sessions.get(Who.OTHER_SCHOOL).get("/loket/mijn/" + draftRequest).statusCode()).isEqualTo(403);
        assertThat(sessions.get(Who.OTHER_COMPANY).get("/loket/vraag/" + request).body())
                .as("a public request shows no contacts").doesNotContain(anna.email(), anna.name(), anna.phone());
        assertThat(sessions.get(Who.UNCONFIRMED_SCHOOL).get("/loket/aanbod/" + offer).body())
                .as("no propose form for an unconfirmed member").doesNotContain("action=\"/loket/mijn/activiteiten\"");
    }

    private List<Case> cases() {
        String p = "/loket/mijn/activiteiten/";
        return List.of(
                new Case("/loket/mijn/activiteiten", who -> switch (who) {
                    case OTHER_SCHOOL -> propose(draftRequest);
                    case OTHER_COMPANY -> propose(draftRequest);
                    case WRONG_SIDE -> new Attempt("/loket/mijn/activiteiten", propose(request).form(), anna.web());
                    default -> propose(offer);
                }),
                new Case(p + "{id}/accepteren", who -> step(who, proposed, "accepteren", anna,
                        Map.of("plannedOn", LocalDate.now(clock).plusDays(5).toString()))),
                new Case(p + "{id}/afwijzen", who -> step(who, proposed, "afwijzen", anna, Map.of("reason", "Nee."))),
                new Case(p + "{id}/intrekken", who -> step(who, proposed, "intrekken", kees, Map.of())),
                new Case(p + "{id}/verzetten", who -> step(who, introduced, "verzetten", null,
                        Map.of("plannedOn", LocalDate.now(clock).plusDays(9).toString()))),
                new Case(p + "{id}/gehouden", who -> step(who, introduced, "gehouden", null, Map.of("heldOn", ""))),
                new Case(p + "{id}/beoordelen", who -> step(who, held, "beoordelen", null,
                        Map.of("score", "1", "feedback", "Slecht."))),
                new Case("/loket/mijn/agenda", who -> who == Who.ANON || who.name().startsWith("UNCONFIRMED")
                        ? new Attempt("/loket/mijn/agenda", Map.of()) : null),
                new Case("/loket/mijn/zoekopdrachten", who -> who == Who.WRONG_SIDE
                        ? null : new Attempt("/loket/mijn/zoekopdrachten", Map.of("listing", String.valueOf(request)))),
                new Case("/loket/mijn/zoekopdrachten#side", who -> who == Who.WRONG_SIDE
                        ? new Attempt("/loket/mijn/zoekopdrachten", Map.of("side", "REQUEST", "q", "robots"), anna.web())
                        : null),
                new Case("/loket/mijn/zoekopdrachten/{id}/verwijderen", who -> who == Who.WRONG_SIDE ? null
                        : new Attempt("/loket/mijn/zoekopdrachten/" + savedSearch + "/verwijderen",
                        Map.of("version", "0"))));
    }

    private Attempt propose(long listing) {
        return new Attempt("/loket/mijn/activiteiten", Map.of("listing", String.valueOf(listing), "message", "Hoi",
                "plannedOn", ""));
    }

    /** The wrong side is {@code wrongSide}'s session (null: every side may take this step). */
    private Attempt step(Who who, long id, String step, Person wrongSide, Map<String, String> fields) {
        if (who == Who.WRONG_SIDE && wrongSide == null) {
            return null;
        }
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("version", String.valueOf(version(id)));
        return new Attempt("/loket/mijn/activiteiten/" + id + "/" + step, form,
                who == Who.WRONG_SIDE ? wrongSide.web() : null);
    }

    /** The POST endpoints of activities, calendars and saved searches, as mapped. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/loket/mijn/activiteiten") || pattern.startsWith("/loket/mijn/agenda")
                            || pattern.startsWith("/loket/mijn/zoekopdrachten")) {
                        endpoints.add(pattern);
                    }
                }
            }
        });
        assertThat(endpoints).hasSize(10);
        return endpoints;
    }

    /** Everything the refused attempts could have changed, as text. */
    private String database() {
        Long[] ids = {proposed, introduced, held};
        return jdbc.sql("""
                        select string_agg(concat_ws('|', id, state, lock_version, sequence, planned_on, held_on,
                                          school_score, company_score, decline_reason), ';' order by id)
                        from loket_activity where id = any(?)""").param(ids).query(String.class).single()
                + " activities:" + count("select count(*) from loket_activity where school_id = ? or company_id = ?",
                schoolOf(anna), companyOf(kees))
                + " audited:" + count("select count(*) from audit_event where actor_id = any(?)",
                (Object) people.stream().map(Person::userId).toArray(UUID[]::new))
                + " all activities:" + count("select count(*) from loket_activity")
                + " searches:" + count("select count(*) from loket_saved_search")
                + " feeds:" + jdbc.sql("select string_agg(token_hash, ',' order by id) from loket_calendar_feed")
                .query(String.class).single()
                + " listing:" + jdbc.sql("select places_left || '/' || lock_version from loket_listing where id = ?")
                .param(offer).query(String.class).single();
    }

    private long schoolOf(Person person) {
        return jdbc.sql("select school_id from loket_member where id = ?").param(person.memberId())
                .query(Long.class).single();
    }

    private long companyOf(Person person) {
        return jdbc.sql("select company_id from loket_member where id = ?").param(person.memberId())
                .query(Long.class).single();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select lock_version from loket_activity where id = ?").param(id).query(Integer.class).single();
    }
}
