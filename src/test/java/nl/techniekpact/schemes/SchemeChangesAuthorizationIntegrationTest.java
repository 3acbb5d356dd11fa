package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint under /office/regelingen/wijzigingen tried by everyone who may not use it: anonymous (to the
 * sign-in page), a reader and an action owner (403), a coordinator of another region on a regional scheme, a
 * coordinator on a national scheme, the proposer approving or rejecting her own proposal, and someone else than the
 * proposer withdrawing it. Nothing changes. The endpoints are enumerated from the request mappings.
 */
@PlatformIntegrationTest
class SchemeChangesAuthorizationIntegrationTest {

    enum Who { ANON, READER, OWNER, OTHER_REGION, COORDINATOR, PROPOSER, OTHER_OFFICE }

    private static final String BASE = "/office/regelingen/wijzigingen";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Case(String endpoint, String method, String path, Map<String, String> form, Set<Who> refused) {
    }

    @Test
    void everyChangeEndpointRefusesWhoMayNotAndChangesNothing() {
        String slug = "gezag-" + UUID.randomUUID().toString().substring(0, 8);
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        sessions.put(Who.ANON, new WebSession(port));
        sessions.put(Who.READER, session(Role.READER, "office"));
        sessions.put(Who.OWNER, session(Role.OWNER, "partner:po-raad"));
        sessions.put(Who.OTHER_REGION, session(Role.COORDINATOR, "region:TL01"));
        sessions.put(Who.COORDINATOR, session(Role.COORDINATOR, "region:TL03"));
        sessions.put(Who.PROPOSER, session(Role.OFFICE, "office"));
        sessions.put(Who.OTHER_OFFICE, session(Role.OFFICE, "office"));
        WebSession proposer = sessions.get(Who.PROPOSER);

        Map<String, String> form = SchemeChangeForms.newTwenteScheme(slug, "2026-02-01", "2026-04-30");
        long created = idOf(proposer.post(BASE + "/nieuw", form));
        assertThat(sessions.get(Who.OTHER_OFFICE).post(BASE + "/" + created + "/goedkeuren", Map.of()).statusCode())
                .isEqualTo(302);
        int version = jdbc.sql("select lock_version from scheme where slug = ?").param(slug).query(Integer.class).single();
        Map<String, String> edit = SchemeChangeForms.edit(form, slug, version);
        edit.put("reason", "Overgenomen");
        edit.put("window-0-closes", "2026-06-30");
        long regional = idOf(proposer.post(BASE + "/nieuw", edit));
        String national = "slim";
        int nationalVersion = jdbc.sql("select lock_version from scheme where slug = ?").param(national)
                .query(Integer.class).single();
        HttpResponse<String> nationalForm = proposer.get(BASE + "/nieuw?scheme=" + national);
        assertThat(nationalForm.statusCode()).isEqualTo(200);
        Map<String, String> nationalEdit = new java.util.LinkedHashMap<>(Map.of("scheme", national,
                "baseVersion", String.valueOf(nationalVersion), "name", "SLIM (overgenomen)", "source", "bron",
                "reason", "Overgenomen", "changeSource", "bron", "level", "NATIONAL"));
        long nationalChange = idOf(proposer.post(BASE + "/nieuw", nationalEdit));

        Set<Who> outsiders = EnumSet.of(Who.ANON, Who.READER, Who.OWNER);
        Set<Who> notRegional = EnumSet.of(Who.ANON, Who.READER, Who.OWNER, Who.OTHER_REGION);
        Set<Who> notReviewers = EnumSet.of(Who.ANON, Who.READER, Who.OWNER, Who.OTHER_REGION, Who.PROPOSER);
        Set<Who> notProposer = EnumSet.of(Who.ANON, Who.READER, Who.OWNER, Who.OTHER_REGION, Who.COORDINATOR,
                Who.OTHER_OFFICE);
        Set<Who> coordinator = EnumSet.of(Who.COORDINATOR);
        Map<String, String> note = Map.of("note", "Overgenomen");
        List<Case> cases = List.of(
                new Case(BASE, "GET", BASE, Map.of(), outsiders),
                new Case(BASE + "/nieuw", "GET", BASE + "/nieuw?scheme=" + slug, Map.of(), notRegional),
                new Case(BASE + "/nieuw", "GET", BASE + "/nieuw?scheme=" + national, Map.of(), coordinator),
                new Case(BASE + "/nieuw", "POST", BASE + "/nieuw", edit, notRegional),
                new Case(BASE + "/nieuw", "POST", BASE + "/nieuw", nationalEdit, coordinator),
                new Case(BASE + "/{id}", "GET", BASE + "/" + regional, Map.of(), notRegional),
                new Case(BASE + "/{id}", "GET", BASE + "/" + nationalChange, Map.of(), coordinator),
                new Case(BASE + "/{id}/goedkeuren", "POST", BASE + "/" + regional + "/goedkeuren", note, notReviewers),
                new Case(BASE + "/{id}/goedkeuren", "POST", BASE + "/" + nationalChange + "/goedkeuren", note, coordinator),
                new Case(BASE + "/{id}/afwijzen", "POST", BASE + "/" + regional + "/afwijzen", note, notReviewers),
                new Case(BASE + "/{id}/afwijzen", "POST", BASE + "/" + nationalChange + "/afwijzen", note, coordinator),
                new Case(BASE + "/{id}/intrekken", "POST", BASE + "/" + regional + "/intrekken", Map.of(), notProposer),
                new Case(BASE + "/{id}/intrekken", "POST", BASE + "/" + nationalChange + "/intrekken", Map.of(), coordinator));

        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.add(c.method() + " " + c.endpoint()));
        assertThat(covered).as("endpoints under " + BASE + " without a case").containsAll(endpoints());

        String before = database();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : c.refused()) {
                WebSession session = sessions.get(who);
                HttpResponse<String> response = c.method().equals("GET") ? session.get(c.path())
                        : session.post(c.path(), c.form());
                String location = response.headers().firstValue("Location").orElse("");
                boolean refused = who == Who.ANON ? response.statusCode() == 302 && location.endsWith("/login")
                        : response.statusCode() == 403;
                if (!refused) {
                    failures.add(c.method() + " " + c.path() + " as " + who + ": " + response.statusCode() + " " + location);
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    failures.add(c.path() + " as " + who + " shows internals");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(database()).as("nothing changed").isEqualTo(before);

        Map<String, String> nationalNew = SchemeChangeForms.newTwenteScheme(slug + "-nl", "2026-02-01", "2026-04-30");
        nationalNew.put("level", "NATIONAL");
        HttpResponse<String> outside = sessions.get(Who.COORDINATOR).post(BASE + "/nieuw", nationalNew);
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(outside.body()).contains("alleen regionale en provinciale regelingen van uw eigen regio");
        assertThat(database()).isEqualTo(before);
    }

    /** Every endpoint under the prefix, as "METHOD pattern". */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(BASE)) {
                    info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
                    if (info.getMethodsCondition().getMethods().isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(7);
        endpoints.removeIf(e -> e.startsWith(RequestMethod.HEAD.name()) || e.startsWith(RequestMethod.OPTIONS.name()));
        return endpoints;
    }

    private String database() {
        return jdbc.sql("""
                select (select string_agg(concat_ws('|', id, state, reviewed_by), ';' order by id) from scheme_change)
                       || ' schemes:' || (select string_agg(slug || '@' || lock_version, ';' order by slug) from scheme)
                       || ' history:' || (select count(*) from scheme_history)
                       || ' audit:' || (select count(*) from audit_event)""")
                .query(String.class).single();
    }

    private long idOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/wijzigingen/(\\d+).*", "$1"));
    }

    private WebSession session(Role role, String organisation) {
        WebSession session = new WebSession(port);
        session.login(users.create(role, organisation).email(), TestUsers.PASSWORD);
        return session;
    }
}
