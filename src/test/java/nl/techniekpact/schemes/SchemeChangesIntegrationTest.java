package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole flow of a reviewed change over HTTP: a coordinator proposes a new regional scheme, cannot approve it
 * herself, the office approves it (scheme written, history row, audit row); two proposals based on the same
 * version: the second is refused as stale once the first is applied; invalid input gives field errors and writes
 * nothing; the public history names roles and organisations, never a person.
 */
@PlatformIntegrationTest
class SchemeChangesIntegrationTest {

    private static final String BASE = "/office/regelingen/wijzigingen";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Schemes schemes;
    @Autowired
    SchemeStore store;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void proposeApproveStaleAndHistory() {
        String slug = "twente-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.User coordinator = users.create(Role.COORDINATOR, "region:TL03");
        TestUsers.User secondCoordinator = users.create(Role.COORDINATOR, "region:TL03");
        TestUsers.User office = users.create(Role.OFFICE, "office");
        WebSession anna = session(coordinator);
        WebSession bram = session(secondCoordinator);
        WebSession carla = session(office);

        Map<String, String> form = SchemeChangeForms.newTwenteScheme(slug, "2026-02-01", "2026-04-30");
        HttpResponse<String> proposed = anna.post(BASE + "/nieuw", form);
        assertThat(proposed.statusCode()).isEqualTo(302);
        long first = idOf(proposed);
        assertThat(schemes.bySlug(slug)).as("nothing applied before review").isEmpty();
        assertThat(anna.get(BASE).body()).contains(form.get("name"));

        assertThat(anna.post(BASE + "/" + first + "/goedkeuren", Map.of("note", "zelf")).statusCode())
                .as("the proposer cannot approve her own proposal").isEqualTo(403);
        assertThat(schemes.bySlug(slug)).isEmpty();

        HttpResponse<String> approved = carla.post(BASE + "/" + first + "/goedkeuren", Map.of("note", "Klopt met de bron"));
        assertThat(approved.statusCode()).isEqualTo(302);
        Scheme scheme = schemes.bySlug(slug).orElseThrow();
        assertThat(scheme.level()).isEqualTo(SchemeLevel.REGION);
        assertThat(scheme.origin()).isEqualTo("OFFICE");
        assertThat(scheme.windows().get(0).closes()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(scheme.facts().get(Fact.MAX_AMOUNT).amount()).isEqualByComparingTo("2500");
        assertThat(jdbc.sql("select region_code from scheme where slug = ?").param(slug).query(String.class).single())
                .isEqualTo("SR-twente");
        assertThat(jdbc.sql("""
                        select count(*) from scheme_history
                        where scheme_slug = ? and kind = 'CHANGE' and change_id = ? and before_state is null
                          and proposed_by = ? and approved_by = ?""")
                .params(slug, first, coordinator.id(), office.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(audits(slug, "scheme.change.approve")).isEqualTo(1);
        assertThat(audits(slug, "scheme.change.propose")).isEqualTo(1);
        assertThat(jdbc.sql("select state from scheme_change where id = ?").param(first).query(String.class).single())
                .isEqualTo("APPROVED");

        int version = version(slug);
        Map<String, String> later = SchemeChangeForms.edit(form, slug, version);
        later.put("window-0-closes", "2026-05-31");
        later.put("reason", "Tranche verlengd");
        long second = idOf(anna.post(BASE + "/nieuw", later));
        Map<String, String> other = SchemeChangeForms.edit(form, slug, version);
        other.put("fact-0-amount", "3000");
        other.put("reason", "Hoger bedrag");
        long third = idOf(carla.post(BASE + "/nieuw", other));

        HttpResponse<String> review = carla.get(BASE + "/" + second);
        assertThat(review.body()).contains("2026-04-30").contains("2026-05-31").contains("Goedkeuren");
        assertThat(bram.post(BASE + "/" + second + "/goedkeuren", Map.of()).statusCode()).isEqualTo(302);
        assertThat(schemes.bySlug(slug).orElseThrow().windows().get(0).closes()).isEqualTo(LocalDate.of(2026, 5, 31));

        int audited = audits(slug, "scheme.change.approve");
        HttpResponse<String> stale = anna.post(BASE + "/" + third + "/goedkeuren", Map.of());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("De regeling is gewijzigd sinds dit voorstel werd gedaan");
        assertThat(schemes.bySlug(slug).orElseThrow().facts().get(Fact.MAX_AMOUNT).amount()).isEqualByComparingTo("2500");
        assertThat(audits(slug, "scheme.change.approve")).isEqualTo(audited);
        assertThat(jdbc.sql("select state from scheme_change where id = ?").param(third).query(String.class).single())
                .isEqualTo("PROPOSED");
        assertThat(carla.post(BASE + "/" + third + "/intrekken", Map.of()).statusCode()).isEqualTo(302);

        HttpResponse<String> history = new WebSession(port).get("/regelingen/" + slug + "/geschiedenis");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("Regiocoördinator").contains("Programmabureau")
                .contains("Regionaal blad Twente 2026, nr. 4").contains("Tranche verlengd").contains("2026-05-31")
                .doesNotContain(coordinator.email()).doesNotContain(office.email()).doesNotContain("Test coordinator")
                .doesNotContain("Test office");
    }

    @Test
    void theSeedLoadIsTheFirstVersionInTheHistory() {
        assertThat(jdbc.sql("select kind from scheme_history where scheme_slug = 'slim' order by id limit 1")
                .query(String.class).single()).isEqualTo("SEED");
        HttpResponse<String> history = new WebSession(port).get("/regelingen/slim/geschiedenis?lang=en");
        assertThat(history.body()).contains("Loaded from the platform source data").contains("seed 003");
        assertThat(new WebSession(port).get("/regelingen/bestaat-niet/geschiedenis").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidInputGivesFieldErrorsAndWritesNothing() {
        String slug = "ongeldig-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession office = session(users.create(Role.OFFICE, "office"));
        Map<String, String> form = SchemeChangeForms.newTwenteScheme(slug, "2026-05-01", "2026-04-01");
        form.put("fact-0-amount", "-10");
        form.put("officialUrl", "geen adres");
        form.put("name", "x".repeat(301));
        form.put("window-0-budget", "veel");
        String before = counts();

        HttpResponse<String> response = office.post(BASE + "/nieuw", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Controleer de gemarkeerde velden")
                .contains("id=\"window-0-closes-error\"").contains("Het venster kan niet sluiten voordat het opent")
                .contains("id=\"fact-0-amount-error\"").contains("Een bedrag is nul of meer")
                .contains("id=\"officialUrl-error\"").contains("id=\"name-error\"").contains("maximaal 300 tekens")
                .contains("id=\"window-0-budget-error\"").doesNotContain("Exception");
        assertThat(counts()).isEqualTo(before);

        HttpResponse<String> english = office.post(BASE + "/nieuw?lang=en", form);
        assertThat(english.body()).contains("The window cannot close before it opens").contains("An amount is zero or more");

        form.put("addRow", "window");
        HttpResponse<String> more = office.post(BASE + "/nieuw", form);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"window-1-closes\"").doesNotContain("id=\"window-0-closes-error\"");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anImportIsAVersionInTheHistoryAndMakesAWaitingProposalStale() {
        String slug = "import-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession office = session(users.create(Role.OFFICE, "office"));
        WebSession other = session(users.create(Role.OFFICE, "office"));
        Map<String, String> form = SchemeChangeForms.newTwenteScheme(slug, "2026-02-01", "2026-04-30");
        assertThat(other.post(BASE + "/" + idOf(office.post(BASE + "/nieuw", form)) + "/goedkeuren", Map.of())
                .statusCode()).isEqualTo(302);
        Map<String, String> edit = SchemeChangeForms.edit(form, slug, version(slug));
        edit.put("reason", "Andere uitvoerder");
        edit.put("organiser", "Provincie Overijssel");
        long waiting = idOf(office.post(BASE + "/nieuw", edit));

        Scheme current = schemes.bySlug(slug).orElseThrow();
        Scheme imported = new Scheme(slug, current.name() + " (lijst 2026)", null, current.organiser(),
                current.level(), current.officialUrl(), null, null, "IMPORT", "regelingen-2026.csv", null,
                current.facts(), current.applicants(), current.purposes(), current.windows());
        int before = version(slug);
        transaction.executeWithoutResult(t -> store.replace(imported));
        assertThat(version(slug)).isEqualTo(before + 1);
        transaction.executeWithoutResult(t -> store.replace(imported));
        assertThat(version(slug)).as("the same list again writes nothing").isEqualTo(before + 1);
        assertThat(jdbc.sql("select kind || ':' || source from scheme_history where scheme_slug = ? order by id")
                .param(slug).query(String.class).list())
                .containsExactly("CHANGE:Regionaal blad Twente 2026, nr. 4", "IMPORT:regelingen-2026.csv");
        assertThat(jdbc.sql("select region_code from scheme where slug = ?").param(slug).query(String.class).single())
                .as("an import keeps the region").isEqualTo("SR-twente");

        HttpResponse<String> stale = other.post(BASE + "/" + waiting + "/goedkeuren", Map.of());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(schemes.bySlug(slug).orElseThrow().organiser()).isEqualTo("Regio Twente");
    }

    private String counts() {
        return jdbc.sql("""
                select (select count(*) from scheme) || '/' || (select count(*) from scheme_change) || '/'
                       || (select count(*) from scheme_history) || '/' || (select count(*) from audit_event)""")
                .query(String.class).single();
    }

    private int audits(String slug, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'scheme' and entity_id = ? and action = ?")
                .params(slug, action).query(Integer.class).single();
    }

    private int version(String slug) {
        return jdbc.sql("select lock_version from scheme where slug = ?").param(slug).query(Integer.class).single();
    }

    private long idOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/wijzigingen/(\\d+).*", "$1"));
    }

    private WebSession session(TestUsers.User user) {
        WebSession session = new WebSession(port);
        session.login(user.email(), TestUsers.PASSWORD);
        return session;
    }
}
