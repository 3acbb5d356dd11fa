package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bundled City Deals lists loaded as at first start (and not again), the office's upload of a broken file (the
 * line in the error summary, nothing written), the public pages, the API and the closing-dates feed on real data.
 */
@PlatformIntegrationTest
class SchemeCatalogueIntegrationTest {

    private static final String OIT = "omscholing-naar-kansrijke-beroepen-in-de-ict-en-techniek";

    @LocalServerPort
    int port;
    @Autowired
    SchemeListLoader loader;
    @Autowired
    Schemes schemes;
    @Autowired
    SchemeImports imports;
    @Autowired
    SchemeStore store;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** The bundled lists in, whatever imports other tests of this context made. */
    private void ensureLoaded() {
        assertThat(imports.run(SchemeListLoader.files(), Actor.system("test"), false).failed()).isFalse();
        assertThat(schemes.bySlug(OIT)).isPresent();
    }

    @Test
    void loadsTheBundledListsOnceWithTheirFactsAndSources() {
        jdbc.sql("delete from scheme where origin = 'IMPORT'").update();
        int audits = count("select count(*) from audit_event where action like 'scheme.%'");

        SchemeImports.Result first = loader.load();
        assertThat(first.read()).isEqualTo(18);
        assertThat(first.added()).isEqualTo(18);
        assertThat(first.repeated()).hasSize(6)
                .allMatch(r -> r.startsWith("Database-ready-Slimme-stad.csv:"));
        assertThat(count("select count(*) from scheme where origin = 'IMPORT'")).isEqualTo(18);
        assertThat(count("select count(*) from audit_event where action like 'scheme.%'")).isEqualTo(audits + 18);

        Scheme oit = schemes.bySlug(OIT).orElseThrow();
        assertThat(oit.fact(Fact.MAX_AMOUNT).orElseThrow().amount()).isEqualByComparingTo("22500");
        assertThat(oit.fact(Fact.BUDGET).orElseThrow().source())
                .isEqualTo("Database-ready-Slimme-stad.csv (SnelSubsidies/SubsidieRadar (studentenproject City Deals, 2022))");
        assertThat(oit.sourceDate()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(oit.windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(oit.windows().getFirst().closes()).isEqualTo(LocalDate.of(2022, 12, 1));
        // the six schemes both files list come from the food file, whose dates name their month
        Scheme kic = schemes.bySlug("kic-veilige-en-gezonde-voeding-en-voedselsystemen").orElseThrow();
        assertThat(kic.windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(kic.source()).startsWith("Database-ready-Gezonde-en-Duurzame-Voedselomgeving.csv");
        assertThat(schemes.bySlug("demonstratie-energie-en-klimaatinnovatie").orElseThrow().windows().getFirst()
                .closes()).isEqualTo(LocalDate.of(2023, 1, 10));

        SchemeImports.Result again = loader.load();
        assertThat(again.read()).as("a restart loads nothing").isZero();
        assertThat(count("select count(*) from scheme where origin = 'IMPORT'")).isEqualTo(18);
        assertThat(count("select count(*) from audit_event where action like 'scheme.%'")).isEqualTo(audits + 18);
    }

    @Test
    void aBrokenUploadShowsItsLineAndWritesNothing() {
        ensureLoaded();
        WebSession office = new WebSession(port);
        office.login(users.create(Role.OFFICE, "office").email(), TestUsers.PASSWORD);
        assertThat(office.get("/office/regelingen/import").statusCode()).isEqualTo(200);
        String before = snapshot();
        byte[] broken = """
                Naam,Afkorting,Niveau,Subsidieverstrekker,Datum open,Datum sluiting
                Nieuwe regeling,NR,Nationaal,RVO,9/26/2022,12/1/2022
                Omscholing naar kansrijke beroepen in de ICT en techniek,OIT,Nationaal,RVO,9/31/2022,12/1/2022
                """.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = office.postMultipart("/office/regelingen/import",
                Map.of("publisher", "Testuitgever", "sourceDate", "2022-10-01"), Map.of("kapot.csv", broken));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("kapot.csv, regel 3:").contains("9/31/2022")
                .contains("er is niets opgeslagen").doesNotContain("Exception");
        assertThat(snapshot()).as("nothing written").isEqualTo(before);

        HttpResponse<String> noPublisher = office.postMultipart("/office/regelingen/import", Map.of("publisher", ""),
                Map.of("goed.csv", "Naam,Datum open,Datum sluiting\nX,,\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(noPublisher.body()).contains("Vul in wie de lijst heeft uitgegeven.");

        byte[] good = """
                Naam,Afkorting,Niveau,Subsidieverstrekker,Datum open,Datum sluiting,Totaal budget
                Testregeling uit een upload,TU,Provinciaal,Provincie Utrecht,1/15/2040,3/1/2040,250000
                """.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> done = office.postMultipart("/office/regelingen/import",
                Map.of("publisher", "Provincie Utrecht", "sourceDate", "2039-12-01"), Map.of("utrecht.csv", good));
        assertThat(done.statusCode()).isEqualTo(302);
        Scheme uploaded = schemes.bySlug("testregeling-uit-een-upload").orElseThrow();
        assertThat(uploaded.source()).isEqualTo("utrecht.csv (Provincie Utrecht)");
        assertThat(uploaded.sourceDate()).isEqualTo(LocalDate.of(2039, 12, 1));
        assertThat(uploaded.status(LocalDate.of(2039, 12, 31))).isEqualTo(SchemeStatus.ANNOUNCED);
        assertThat(count("select count(*) from audit_event where action = 'scheme.imported' "
                + "and entity_id = 'testregeling-uit-een-upload' and actor_id is not null")).isEqualTo(1);
    }

    @Test
    void aSeedSchemeIsNeverReplacedByAnImport() {
        String before = snapshot();
        Scheme seed = schemes.all().stream().filter(s -> s.origin().equals("SEED")).findFirst().orElseThrow();
        String csv = "Naam,Datum open,Datum sluiting\n" + seed.name() + ",,\n";
        SchemeImports.Result result = imports.run(List.of(new SchemeImports.ListFile(SourceFile.of("seed.csv", csv), "seed.csv (t)",
                null)), Actor.system("test"), false);
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.code()).containsExactly("2 SEED_SCHEME");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void pagesApiAndFeedShowTheCatalogue() throws Exception {
        ensureLoaded();
        LocalDate today = schemes.today();
        transaction.executeWithoutResult(t -> {
            store.replace(test("feed-gesloten", new ApplicationWindow(1, null, today.minusDays(30), today.minusDays(1),
                    null, null, false, null, null, "test", null)));
            store.replace(test("feed-open", new ApplicationWindow(1, null, today.minusDays(3), today.plusDays(20),
                    null, null, false, null, null, "test", null)));
            store.replace(test("feed-aangekondigd", new ApplicationWindow(1, null, today.plusDays(10),
                    today.plusDays(40), null, null, false, null, null, "test", null)));
        });
        Http http = new Http(port);
        String list = http.get("/regelingen").body();
        assertThat(list).contains("Omscholing naar kansrijke beroepen in de ICT en techniek").contains("gesloten");
        String sme = http.get("/regelingen?who=EMPLOYER_SME&level=PROVINCE").body();
        assertThat(sme).contains("Regeling natuurlijk sneller bouwen").doesNotContain("Digital Europe");
        assertThat(http.get("/regelingen?who=%00x&status=" + "x".repeat(500)).statusCode()).isIn(200, 400);

        String detail = http.get("/regelingen/" + OIT).body();
        assertThat(detail).contains("Volgorde van binnenkomst").contains("onbekend").contains("26 september 2022")
                .contains("Database-ready-Slimme-stad.csv").contains("11 januari 2023").contains("€ 22.500");
        String english = http.get("/regelingen/" + OIT + "?lang=en").body();
        assertThat(english).contains("Source and date").contains("unknown").contains("closed");
        assertThat(http.get("/regelingen/bestaat-niet").statusCode()).isEqualTo(404);

        String api = http.get("/api/v1/schemes?status=OPEN", "application/json").body();
        assertThat(api).contains("feed-open").doesNotContain("feed-gesloten").doesNotContain(OIT);
        assertThat(http.get("/api/v1/schemes/" + OIT, "application/json").body()).contains("\"MAX_AMOUNT\"")
                .contains("\"amount\":22500").contains("\"status\":\"CLOSED\"");
        assertThat(http.get("/api/v1/schemes?who=NOBODY", "application/json").statusCode()).isEqualTo(400);
        assertThat(http.get("/v3/api-docs", "application/json").body()).contains("/api/v1/schemes/{slug}");

        HttpResponse<String> feed = http.get("/regelingen/deadlines.ics", "text/calendar");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents(Component.VEVENT);
        List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).map(Property::getValue).orElseThrow())
                .toList();
        assertThat(uids).contains("feed-open-1@regelingen.techniekpact", "feed-aangekondigd-1@regelingen.techniekpact")
                .doesNotContain("feed-gesloten-1@regelingen.techniekpact", OIT + "-1@regelingen.techniekpact");
    }

    private static Scheme test(String slug, ApplicationWindow window) {
        return new Scheme(slug, "Testregeling " + slug, null, "Test", SchemeLevel.REGION, null, null, null, "IMPORT",
                "test", null, Map.of(), Map.of(), Map.of(), List.of(window));
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) from scheme) || '/' || (select count(*) from scheme_fact) || '/'
                       || (select count(*) from scheme_window) || '/' || (select coalesce(max(updated_at)::text, '') from scheme)
                       || '/' || (select count(*) from audit_event where entity_type = 'scheme')""")
                .query(String.class).single();
    }
}
