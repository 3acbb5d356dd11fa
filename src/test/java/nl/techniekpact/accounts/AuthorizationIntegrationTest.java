package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the application — enumerated from its own request mappings, so a new endpoint
 * cannot escape — tried by every role and scope: anonymous, reader, owner of the action and of another,
 * coordinator of the region and of another, office. Forbidden combinations are refused (403; anonymous: a
 * redirect to the login page or 401) and change nothing; allowed ones succeed and take effect.
 */
@PlatformIntegrationTest
class AuthorizationIntegrationTest {

    enum Who { ANON, READER, OWNER_OWN, OWNER_OTHER, COORD_OWN, COORD_OTHER, OFFICE }

    /**
     * Path prefixes of modules whose write endpoints have authorisation matrices of their own: the Loket's
     * (LoketAuthorizationIntegrationTest, the activity and hybrid-teacher matrices), the schemes catalogue's and the
     * skills module's. Each of those matrices checks that it covers every endpoint under its prefixes.
     */
    static final List<String> OWN_MATRICES = List.of("/loket", "/office/loket", "/api/v1/loket",
            "/regelingen", "/office/regelingen", "/api/v1/schemes", "/vaardigheden", "/office/esco", "/api/v1/esco");

    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANON));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks roundTasks;
    @Autowired
    nl.techniekpact.accounts.internal.Invitations invitations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Who, CurrentUser> users = new EnumMap<>(Who.class);
    final Map<Who, WebSession> web = new EnumMap<>(Who.class);
    final Map<Who, ApiClient> api = new EnumMap<>(Who.class);

    record Outcome(int status, String location, boolean tookEffect) {
    }

    record Case(String endpoint, Set<Who> allowed, Function<Who, Outcome> attempt) {
    }

    @BeforeEach
    void signIn() {
        Map<Who, String> organisations = Map.of(Who.READER, "partner:vno-ncw", Who.OWNER_OWN, "partner:po-raad",
                Who.OWNER_OTHER, "partner:sbb", Who.COORD_OWN, "region:TL01", Who.COORD_OTHER, "region:TL02",
                Who.OFFICE, "office");
        Map<Who, Role> roles = Map.of(Who.READER, Role.READER, Who.OWNER_OWN, Role.OWNER, Who.OWNER_OTHER, Role.OWNER,
                Who.COORD_OWN, Role.COORDINATOR, Who.COORD_OTHER, Role.COORDINATOR, Who.OFFICE, Role.OFFICE);
        web.put(Who.ANON, new WebSession(port));
        api.put(Who.ANON, new ApiClient(port, null));
        for (Who who : SIGNED_IN) {
            var user = testUsers.create(roles.get(who), organisations.get(who));
            CurrentUser current = accounts.byId(user.id()).orElseThrow();
            users.put(who, current);
            WebSession session = new WebSession(port);
            assertThat(session.login(user.email(), TestUsers.PASSWORD).headers().firstValue("Location").orElseThrow())
                    .endsWith("/account");
            web.put(who, session);
            api.put(who, new ApiClient(port, tokens.create(current, "authz", 1).secret()));
        }
    }

    @Test
    void everyWriteEndpointIsCoveredAndEnforcesRoleAndScope() {
        List<Case> cases = cases();
        Set<String> covered = new TreeSet<>(cases.stream().map(Case::endpoint).toList());
        assertThat(covered).as("write endpoints without an authorization case").containsAll(writeEndpoints());

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : Who.values()) {
                Outcome outcome = c.attempt().apply(who);
                boolean allowed = c.allowed().contains(who);
                if (allowed && !(outcome.tookEffect() && outcome.status() < 400 && !toLogin(outcome))) {
                    failures.add(c.endpoint() + " as " + who + " should succeed: " + outcome);
                }
                if (!allowed && (outcome.tookEffect() || !refused(who, outcome, c.endpoint()))) {
                    failures.add(c.endpoint() + " as " + who + " should be refused: " + outcome);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void officeAndPersonalPagesAreNotReadableByOthers() {
        for (String page : List.of("/office/rounds", "/office/users", "/office/audit", "/office/monitor/imports",
                "/office/monitor/bronnen", "/office/outbox", "/office")) {
            assertThat(web.get(Who.ANON).get(page).headers().firstValue("Location").orElse(""))
                    .as(page).endsWith("/login");
            for (Who who : EnumSet.of(Who.READER, Who.OWNER_OWN, Who.COORD_OWN)) {
                assertThat(web.get(who).get(page).statusCode()).as(page + " as " + who).isEqualTo(403);
            }
            assertThat(web.get(Who.OFFICE).get(page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(web.get(Who.ANON).get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
        Fixture f = fixture(false);
        assertThat(web.get(Who.OWNER_OTHER).get("/tasks/" + f.actionTask()).statusCode()).isEqualTo(403);
        assertThat(web.get(Who.OWNER_OWN).get("/tasks/" + f.actionTask()).statusCode()).isEqualTo(200);
        assertThat(api.get(Who.OWNER_OWN).get("/api/v1/office/rounds").status()).isEqualTo(403);
        assertThat(api.get(Who.ANON).get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        WebSession office = web.get(Who.OFFICE);
        var response = office.postWithoutCsrf("/office/rounds", Map.of("name", "Zonder token " + UUID.randomUUID(),
                "referenceDate", LocalDate.now().toString(), "deadline", LocalDate.now().plusDays(9).toString(),
                "actionIds", "2013-A02"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private List<String> writeEndpoints() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean writes = methods.isEmpty() || methods.stream().anyMatch(m -> m != RequestMethod.GET
                    && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
            for (String pattern : info.getPatternValues()) {
                // modules with matrices of their own, which also check that each of their endpoints is covered
                boolean elsewhere = OWN_MATRICES.stream().anyMatch(pattern::startsWith);
                if (writes && !pattern.equals("/error") && !elsewhere) {
                    endpoints.add("POST " + pattern);
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThan(10);
        return endpoints;
    }

    /** A new account whose person has not chosen a password yet. */
    private UUID waitingAccount() {
        String email = "wacht-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return accounts.create(users.get(Who.OFFICE), new Accounts.NewUser(email, "Wacht", Role.READER, "office")).id();
    }

    private int invitationsOf(UUID user) {
        return jdbc.sql("select count(*) from invitation where user_id = ?").param(user).query(Integer.class).single();
    }

    private boolean refused(Who who, Outcome outcome, String endpoint) {
        if (who == Who.ANON) {
            // API: 401 without a token, or 403 from the CSRF check on a cookie-less POST
            return endpoint.contains("/api/") ? outcome.status() == 401 || outcome.status() == 403 : toLogin(outcome);
        }
        return outcome.status() == 403;
    }

    private static boolean toLogin(Outcome outcome) {
        return outcome.status() == 302 && outcome.location() != null && outcome.location().endsWith("/login");
    }

    // ---- the cases --------------------------------------------------------------------------------------------

    private List<Case> cases() {
        Set<Who> office = EnumSet.of(Who.OFFICE);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("POST /office/rounds", office, who -> {
            String name = "Ronde " + UUID.randomUUID();
            var r = web.get(who).post("/office/rounds", roundForm(name));
            return outcome(r, roundExists(name));
        }));
        cases.add(new Case("POST /office/rounds/{id}/close", office, who -> {
            Fixture f = fixture(false);
            var r = web.get(who).post("/office/rounds/" + f.round() + "/close", Map.of("version", "0"));
            return outcome(r, "CLOSED".equals(jdbc.sql("select state from reporting_round where id = ?")
                    .param(f.round()).query(String.class).single()));
        }));
        cases.add(new Case("POST /office/tasks/{id}/approve", office, who -> {
            Fixture f = fixture(true);
            var r = web.get(who).post("/office/tasks/" + f.actionTask() + "/approve", Map.of("version", "1"));
            return outcome(r, state(f.actionTask()).equals("APPROVED"));
        }));
        cases.add(new Case("POST /office/tasks/{id}/return", office, who -> {
            Fixture f = fixture(true);
            var r = web.get(who).post("/office/tasks/" + f.actionTask() + "/return",
                    Map.of("version", "1", "comment", "Graag aanvullen"));
            return outcome(r, state(f.actionTask()).equals("RETURNED"));
        }));
        cases.add(new Case("POST /tasks/{id}", EnumSet.of(Who.OWNER_OWN), who -> {
            Fixture f = fixture(false);
            var r = web.get(who).post("/tasks/" + f.actionTask(), Map.of("version", "0", "step", "draft",
                    "colour", "ON_SCHEDULE", "text", "Concept"));
            return outcome(r, state(f.actionTask()).equals("DRAFT"));
        }));
        cases.add(new Case("POST /tasks/{id}/check", EnumSet.of(Who.OWNER_OWN), who -> {
            Fixture f = fixture(false);
            roundTasks.saveForCheck(users.get(Who.OWNER_OWN), f.actionTask(), new RoundViews.ActionUpdate("ON_SCHEDULE",
                    "Gecontroleerd", null, null, List.of(), List.of(), List.of()), 0);
            var r = web.get(who).post("/tasks/" + f.actionTask() + "/check", Map.of("version", "1"));
            return outcome(r, state(f.actionTask()).equals("SUBMITTED"));
        }));
        cases.add(new Case("POST /tasks/{id} (region task)", EnumSet.of(Who.COORD_OWN), who -> {
            Fixture f = fixture(false);
            var r = web.get(who).post("/tasks/" + f.regionTask(), Map.of("version", "0", "step", "submit",
                    "progress", "Regionale voortgang"));
            return outcome(r, state(f.regionTask()).equals("SUBMITTED"));
        }));
        cases.add(new Case("POST /office/users", office, who -> {
            String email = "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            var r = web.get(who).post("/office/users", Map.of("email", email, "displayName", "Nieuw",
                    "role", "READER", "organisationId", "office", "password", "Nieuw-Wachtwoord-2026"));
            return outcome(r, jdbc.sql("select exists (select 1 from app_user where email = ?)").param(email)
                    .query(Boolean.class).single());
        }));
        cases.add(new Case("POST /office/users/{id}/invitation", office, who -> {
            var target = waitingAccount();
            int before = invitationsOf(target);
            var r = web.get(who).post("/office/users/" + target + "/invitation", Map.of());
            return outcome(r, invitationsOf(target) == before + 1);
        }));
        cases.add(new Case("POST /office/users/{id}/invitation/revoke", office, who -> {
            var target = waitingAccount();
            invitations.resend(users.get(Who.OFFICE), target);
            var r = web.get(who).post("/office/users/" + target + "/invitation/revoke", Map.of());
            return outcome(r, jdbc.sql("select count(*) from invitation where user_id = ? and revoked_at is not null")
                    .param(target).query(Integer.class).single() == 1);
        }));
        cases.add(new Case("POST /office/outbox/{id}/show", office, who -> {
            // a message with a personal link that could not be sent (given up after ten attempts)
            long id = jdbc.sql("""
                            insert into outbox_mail (recipient, subject, body, redact_after_send, attempts)
                            values ('wacht@example.org', 'Uitnodiging', 'link: http://x/password/invitation?token=geheim',
                                    true, 10) returning id""").query(Long.class).single();
            var r = web.get(who).post("/office/outbox/" + id + "/show", Map.of());
            return outcome(r, r.statusCode() == 200 && r.body().contains("token=geheim")
                    && jdbc.sql("select count(*) from audit_event where action = 'mail.personalLinkShown' and entity_id = ?")
                    .param(Long.toString(id)).query(Integer.class).single() == 1);
        }));
        cases.add(new Case("POST /password/invitation", EnumSet.allOf(Who.class), who -> {
            web.get(who).get("/password/invitation?token=x");
            var r = web.get(who).post("/password/invitation", Map.of("token", "ongeldig", "password", "x",
                    "confirmation", "x"));
            return outcome(r, r.statusCode() == 200 && r.body().contains("niet (meer) geldig"));
        }));
        cases.add(new Case("POST /office/notifications", office, who -> {
            jdbc.sql("delete from office_notification where user_id = ?").param(users.get(Who.OFFICE).id()).update();
            var r = web.get(who).post("/office/notifications", Map.of("mode", "NONE"));
            return outcome(r, jdbc.sql("select count(*) from office_notification where mode = 'NONE' and user_id = ?")
                    .param(users.get(Who.OFFICE).id()).query(Integer.class).single() == 1);
        }));
        cases.add(new Case("POST /office/users/{id}/enabled", office, who -> {
            var target = testUsers.create(Role.READER, "office");
            var r = web.get(who).post("/office/users/" + target.id() + "/enabled",
                    Map.of("enabled", "false", "version", "0"));
            return outcome(r, !jdbc.sql("select enabled from app_user where id = ?").param(target.id())
                    .query(Boolean.class).single());
        }));
        cases.add(new Case("POST /account/tokens", SIGNED_IN, who -> {
            String name = "sleutel " + UUID.randomUUID();
            var r = web.get(who).post("/account/tokens", Map.of("name", name, "days", "30"));
            return outcome(r, jdbc.sql("select exists (select 1 from api_token where name = ?)").param(name)
                    .query(Boolean.class).single());
        }));
        cases.add(new Case("POST /account/tokens/{id}/revoke", EnumSet.of(Who.OWNER_OWN), who -> {
            UUID token = tokens.create(users.get(Who.OWNER_OWN), "in te trekken", 5).token().id();
            var r = web.get(who).post("/account/tokens/" + token + "/revoke", Map.of());
            return outcome(r, jdbc.sql("select revoked_at is not null from api_token where id = ?").param(token)
                    .query(Boolean.class).single());
        }));
        cases.add(new Case("POST /password/forgot", EnumSet.allOf(Who.class), who -> {
            web.get(who).get("/password/forgot");
            var r = web.get(who).post("/password/forgot", Map.of("email", "niemand@example.org"));
            return outcome(r, r.statusCode() == 200);
        }));
        cases.add(new Case("POST /password/reset", EnumSet.allOf(Who.class), who -> {
            web.get(who).get("/password/reset?token=x");
            var r = web.get(who).post("/password/reset", Map.of("token", "ongeldig", "password", "x",
                    "confirmation", "x"));
            return outcome(r, r.statusCode() == 200 && r.body().contains("niet (meer) geldig"));
        }));
        cases.add(new Case("POST /password/unlock", EnumSet.allOf(Who.class), who -> {
            web.get(who).get("/password/unlock?token=x");
            var r = web.get(who).post("/password/unlock", Map.of("token", "ongeldig"));
            return outcome(r, r.statusCode() == 200 && r.body().contains("niet (meer) geldig"));
        }));
        cases.add(new Case("POST /office/monitor/imports", office, who -> {
            String name = "autorisatie-" + UUID.randomUUID() + ".csv";
            var r = web.get(who).postMultipart("/office/monitor/imports", Map.of("format", "gebieden"),
                    Map.of(name, "geen indeling".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return outcome(r, importStarted(name));
        }));
        cases.add(new Case("POST /api/v1/imports", office, who -> {
            String name = "autorisatie-" + UUID.randomUUID() + ".csv";
            var r = api.get(who).postMultipart("/api/v1/imports", Map.of("format", "gebieden"),
                    List.of(new ApiClient.Part("file", name, "geen indeling".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            return new Outcome(r.status(), null, importStarted(name));
        }));
        cases.add(new Case("POST /office/monitor/bronnen", office, who -> {
            String address = "https://bronnen.invalid/autorisatie-" + UUID.randomUUID() + ".csv";
            var r = web.get(who).post("/office/monitor/bronnen", Map.of("kind", "duo", "identifier", address,
                    "dataset", "mbo-deelnemers"));
            return outcome(r, sourceExists(address));
        }));
        cases.add(new Case("POST /office/monitor/bronnen/{id}/run", office, who -> {
            long id = source();
            var r = web.get(who).post("/office/monitor/bronnen/" + id + "/run", Map.of());
            return outcome(r, sourceRan(id, office.contains(who)));
        }));
        cases.add(new Case("POST /api/v1/office/sources", office, who -> {
            String address = "https://bronnen.invalid/api-" + UUID.randomUUID() + ".csv";
            var r = api.get(who).post("/api/v1/office/sources", Map.of("kind", "duo", "identifier", address,
                    "dataset", "mbo-deelnemers"));
            return new Outcome(r.status(), null, sourceExists(address));
        }));
        cases.add(new Case("POST /api/v1/office/sources/{id}/run", office, who -> {
            long id = source();
            var r = api.get(who).post("/api/v1/office/sources/" + id + "/run", Map.of());
            return new Outcome(r.status(), null, sourceRan(id, office.contains(who)));
        }));
        cases.add(new Case("POST /api/v1/office/rounds", office, who -> {
            String name = "API-ronde " + UUID.randomUUID();
            var r = api.get(who).post("/api/v1/office/rounds", Map.of("name", name,
                    "referenceDate", LocalDate.now().toString(), "deadline", LocalDate.now().plusDays(10).toString(),
                    "actionIds", List.of("2013-A02")));
            return new Outcome(r.status(), null, roundExists(name));
        }));
        cases.add(new Case("POST /api/v1/tasks/{id}/draft", EnumSet.of(Who.OWNER_OWN), who -> {
            Fixture f = fixture(false);
            var r = api.get(who).post("/api/v1/tasks/" + f.actionTask() + "/draft", Map.of("version", 0,
                    "update", Map.of("colour", "ON_SCHEDULE", "text", "Concept")));
            return new Outcome(r.status(), null, state(f.actionTask()).equals("DRAFT"));
        }));
        cases.add(new Case("POST /api/v1/tasks/{id}/submit", EnumSet.of(Who.COORD_OWN), who -> {
            Fixture f = fixture(false);
            var r = api.get(who).post("/api/v1/tasks/" + f.regionTask() + "/submit", Map.of("version", 0,
                    "update", Map.of("progress", "Voortgang in de regio")));
            return new Outcome(r.status(), null, state(f.regionTask()).equals("SUBMITTED"));
        }));
        cases.add(new Case("POST /api/v1/office/tasks/{id}/approve", office, who -> {
            Fixture f = fixture(true);
            var r = api.get(who).post("/api/v1/office/tasks/" + f.actionTask() + "/approve", Map.of("version", 1));
            return new Outcome(r.status(), null, state(f.actionTask()).equals("APPROVED"));
        }));
        cases.add(new Case("POST /api/v1/office/tasks/{id}/return", office, who -> {
            Fixture f = fixture(true);
            var r = api.get(who).post("/api/v1/office/tasks/" + f.actionTask() + "/return",
                    Map.of("version", 1, "comment", "Aanvullen"));
            return new Outcome(r.status(), null, state(f.actionTask()).equals("RETURNED"));
        }));
        cases.add(new Case("POST /office/reports", office, who -> {
            LocalDate date = reportDate();
            var r = web.get(who).post("/office/reports", Map.of("edition", "2016", "referenceDate", date.toString()));
            return outcome(r, reportFrozen(date));
        }));
        cases.add(new Case("POST /api/v1/office/reports", office, who -> {
            LocalDate date = reportDate();
            var r = api.get(who).post("/api/v1/office/reports", Map.of("edition", 2016, "referenceDate", date.toString()));
            return new Outcome(r.status(), null, reportFrozen(date));
        }));
        cases.add(new Case("POST /office/factsheets", office, who -> {
            int before = factsheetBatches();
            var r = web.get(who).post("/office/factsheets", Map.of());
            return outcome(r, factsheetBatches() > before);
        }));
        cases.add(new Case("POST /office/loket/reach", office, who -> {
            int before = reachPublications();
            var r = web.get(who).post("/office/loket/reach", Map.of());
            return outcome(r, reachPublications() > before);
        }));
        return cases;
    }

    private int reachPublications() {
        return jdbc.sql("select count(*) from loket_reach_publication where trigger = 'OFFICE'").query(Integer.class)
                .single();
    }

    private record Fixture(UUID round, UUID actionTask, UUID regionTask) {
    }

    /** A new round with a task for 2013-A02 (owned by PO-Raad) and one for landsdeel Noord (TL01). */
    private Fixture fixture(boolean submitted) {
        var round = rounds.open(users.get(Who.OFFICE), new RoundViews.NewRound("Fixture " + UUID.randomUUID(),
                LocalDate.now(), LocalDate.now().plusDays(20), 7, List.of("2013-A02"), List.of("TL01")));
        var tasks = roundTasks.tasksOfRound(round.id());
        UUID action = tasks.stream().filter(RoundViews.Task::isItem).findFirst().orElseThrow().id();
        UUID region = tasks.stream().filter(t -> !t.isItem()).findFirst().orElseThrow().id();
        if (submitted) {
            roundTasks.submit(users.get(Who.OWNER_OWN), action, new RoundViews.ActionUpdate("COMPLETED", "Klaar",
                    null, null, List.of(), List.of(), List.of()), 0);
        }
        return new Fixture(round.id(), action, region);
    }

    private Map<String, String> roundForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("referenceDate", LocalDate.now().toString());
        form.put("deadline", LocalDate.now().plusDays(14).toString());
        form.put("reminderDays", "5");
        form.put("actionIds", "2013-A16");
        return form;
    }

    private String state(UUID task) {
        return jdbc.sql("select state from round_task where id = ?").param(task).query(String.class).single();
    }

    private boolean roundExists(String name) {
        return jdbc.sql("select exists (select 1 from reporting_round where name = ?)").param(name)
                .query(Boolean.class).single();
    }

    private static final java.util.concurrent.atomic.AtomicInteger REPORT_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** A past reference date no other attempt uses (one report per edition and date). */
    private static LocalDate reportDate() {
        return LocalDate.of(2001, 1, 1).plusDays(REPORT_DAYS.getAndIncrement());
    }

    private boolean reportFrozen(LocalDate date) {
        return jdbc.sql("select exists (select 1 from progress_report where edition_year = 2016 and reference_date = ?)")
                .param(date).query(Boolean.class).single();
    }

    private int factsheetBatches() {
        return jdbc.sql("select count(*) from factsheet_batch").query(Integer.class).single();
    }

    private boolean sourceExists(String identifier) {
        return jdbc.sql("select exists (select 1 from import_source where identifier = ?)").param(identifier)
                .query(Boolean.class).single();
    }

    /** A DUO source at an address that cannot resolve: a run ends at once with a download error. */
    private long source() {
        return jdbc.sql("insert into import_source (kind, identifier, dataset) values ('duo', ?, 'mbo-deelnemers') returning id")
                .param("https://bronnen.invalid/run-" + UUID.randomUUID() + ".csv").query(Long.class).single();
    }

    /**
     * Whether a run of the source happened. A run goes to the background worker, so an allowed run is awaited (it
     * ends within seconds: the address cannot resolve); a refused one is given a second to show it did not run.
     */
    private boolean sourceRan(long id, boolean expected) {
        java.util.function.BooleanSupplier ran = () -> jdbc.sql("select last_run_at is not null from import_source where id = ?")
                .param(id).query(Boolean.class).single();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(expected ? 60 : 1))
                    .pollInterval(java.time.Duration.ofMillis(100)).until(ran::getAsBoolean);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private boolean importStarted(String fileName) {
        return jdbc.sql("select exists (select 1 from import_job where file_name = ?)").param(fileName)
                .query(Boolean.class).single();
    }

    private static Outcome outcome(HttpResponse<String> response, boolean tookEffect) {
        return new Outcome(response.statusCode(), response.headers().firstValue("Location").orElse(null), tookEffect);
    }
}
