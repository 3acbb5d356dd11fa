package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.WebSession;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company registers and confirms by e-mail, a school's staff member claims a school of the DUO register with an
 * address on its domain; the company publishes an offer and the school a request, and the school's matches show the
 * offer with its reasons. Bad input gets its errors at the fields and stores nothing; contact details stay private.
 */
@PlatformIntegrationTest
class LoketWalkIntegrationTest {

    static final String PASSWORD = "Loket-Wachtwoord-2026!";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personalData;

    @Test
    void theRegisterIsLoadedAndPlacesAreKnown() {
        assertThat(jdbc.sql("select count(*) from loket_school where source_file = '02.-alle-schoolvestigingen-basisonderwijs.csv'")
                .query(Integer.class).single())
                .isEqualTo(6122);
        assertThat(jdbc.sql("select count(*) from loket_postcode_area").query(Integer.class).single()).isEqualTo(4064);
        assertThat(jdbc.sql("select count(*) from loket_sbi_code").query(Integer.class).single()).isEqualTo(943);
        assertThat(jdbc.sql("select municipality_code from loket_postcode_area where pc4 = '3511'")
                .query(String.class).single()).isEqualTo("GM0344");
        // Haaren (0788) was divided in 2021: its areas go to the nearest of Boxtel, Oisterwijk, Tilburg and Vught
        assertThat(jdbc.sql("select count(*) from loket_postcode_area where municipality_code = 'GM0788'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSchoolFindsACompanysOfferAndContactsStayPrivate() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String kvk = String.valueOf(10_000_000 + Math.abs(suffix.hashCode() % 89_999_999));
        WebSession visitor = new WebSession(port);

        int companiesBefore = count("loket_company");
        HttpResponse<String> invalid = visitor.post("/loket/aanmelden/bedrijf", Map.of("kvkNumber", "1234",
                "name", "", "sbiCode", "9999", "postcode", "0123 AB", "travelKm", "900", "email", "geen-adres",
                "password", "kort", "passwordConfirmation", "anders"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Controleer", "Een KvK-nummer heeft acht cijfers.", "id=\"kvkNumber-error\"",
                "Deze SBI-code bestaat niet", "Vul een postcode in zoals 3511 AB.", "Vul een afstand in van 0 tot 300 km.")
                .doesNotContain("kort");
        assertThat(count("loket_company")).isEqualTo(companiesBefore);

        String companyEmail = "contact-" + suffix + "@techbedrijf.example";
        HttpResponse<String> registered = visitor.post("/loket/aanmelden/bedrijf", Map.ofEntries(
                Map.entry("kvkNumber", kvk), Map.entry("name", "Techbedrijf " + suffix), Map.entry("sbiCode", "2562"),
                Map.entry("street", "Oudegracht"), Map.entry("houseNumber", "1"), Map.entry("postcode", "3511ab"),
                Map.entry("place", "Utrecht"), Map.entry("website", ""), Map.entry("travelKm", "30"),
                Map.entry("contactName", "Kees Contact"), Map.entry("email", companyEmail),
                Map.entry("phone", "030 123 4567"), Map.entry("password", PASSWORD),
                Map.entry("passwordConfirmation", PASSWORD)));
        assertThat(registered.headers().firstValue("Location").orElse("")).endsWith("/loket/aanmelden/verstuurd");
        assertThat(visitor.login(companyEmail, PASSWORD).headers().firstValue("Location").orElse(""))
                .as("no sign-in before the address is confirmed").contains("error");
        String token = confirmationToken(companyEmail);
        assertThat(visitor.get("/loket/bevestigen?token=" + token).body()).contains("name=\"token\"");
        assertThat(visitor.post("/loket/bevestigen", Map.of("token", token)).body()).contains("het bedrijf is aangemeld");
        assertThat(visitor.post("/loket/bevestigen", Map.of("token", token)).body()).contains("Deze link werkt niet");

        WebSession company = new WebSession(port);
        company.login(companyEmail, PASSWORD);
        HttpResponse<String> badOffer = company.postPairs("/loket/mijn/nieuw", "title", "", "type", "GASTLES",
                "travelKm", "30");
        assertThat(badOffer.body()).contains("id=\"title-error\"", "Kies minstens één soort onderwijs.");
        String offerTitle = "Gastles lassen en robots " + suffix;
        HttpResponse<String> created = company.postPairs("/loket/mijn/nieuw", "title", offerTitle, "type", "GASTLES",
                "levels", "PO", "levels", "VMBO", "venues", "AT_SCHOOL", "subjects", "techniek", "travelKm", "30",
                "capacity", "4", "description", "Een technicus laat zien hoe een lasrobot werkt.");
        String offerPath = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "")
                .replaceAll("^https?://[^/]+", "");
        long offerId = Long.parseLong(offerPath.substring(offerPath.lastIndexOf('/') + 1));
        assertThat(new WebSession(port).get("/loket/aanbod/" + offerId).statusCode()).as("a draft is not public")
                .isEqualTo(404);
        int version = jdbc.sql("select lock_version from loket_listing where id = ?").param(offerId)
                .query(Integer.class).single();
        company.post(offerPath + "/status", Map.of("state", "PUBLISHED", "version", String.valueOf(version)));
        String publicPage = new WebSession(port).get("/loket/aanbod/" + offerId).body();
        assertThat(publicPage).contains(offerTitle, "Techbedrijf " + suffix).doesNotContain(companyEmail, "123 4567",
                "Kees Contact");

        String schoolEmail = "juf-" + suffix + "@agathasnellen.nl";
        WebSession schoolVisitor = new WebSession(port);
        assertThat(schoolVisitor.get("/loket/aanmelden/school?q=agatha+utrecht").body()).contains("07KN00");
        schoolVisitor.post("/loket/aanmelden/school/claim", Map.of("locationCode", "07KN00", "contactName",
                "Juf Anna", "email", schoolEmail, "phone", "", "password", PASSWORD, "passwordConfirmation", PASSWORD));
        assertThat(schoolVisitor.post("/loket/bevestigen", Map.of("token", confirmationToken(schoolEmail))).body())
                .contains("U kunt nu inloggen en vragen plaatsen");
        WebSession school = new WebSession(port);
        school.login(schoolEmail, PASSWORD);
        HttpResponse<String> request = school.postPairs("/loket/mijn/nieuw", "title", "Wie geeft een gastles over robots?",
                "type", "GASTLES", "levels", "PO", "venues", "AT_SCHOOL", "subjects", "techniek", "travelKm", "20",
                "description", "Groep 7 en 8 willen weten hoe robots en lassen werken.");
        String requestPath = request.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "")
                .replaceAll("^https?://[^/]+", "");
        long requestId = Long.parseLong(requestPath.substring(requestPath.lastIndexOf('/') + 1));
        int requestVersion = jdbc.sql("select lock_version from loket_listing where id = ?").param(requestId)
                .query(Integer.class).single();
        school.post(requestPath + "/status", Map.of("state", "PUBLISHED", "version", String.valueOf(requestVersion)));

        String matches = school.get(requestPath + "/matches").body();
        assertThat(matches).contains(offerTitle, "km hiervandaan, binnen de reisafstand van beide",
                "Zelfde soort activiteit: gastles", "Nog 4 plaatsen vrij")
                .doesNotContain(companyEmail);
        assertThat(new WebSession(port).get("/loket?q=lasrobot").body()).contains(offerTitle);
        assertThat(new WebSession(port).get("/loket?side=REQUEST&q=robots").body())
                .contains("Wie geeft een gastles over robots?").doesNotContain(schoolEmail, "Juf Anna");

        // the school cannot read or change the company's listing, nor the reverse
        assertThat(school.get(offerPath).statusCode()).isEqualTo(403);
        assertThat(school.postPairs(offerPath, "title", "Gekaapt", "type", "GASTLES", "levels", "PO", "venues",
                "ONLINE", "travelKm", "5", "version", "1").statusCode()).isEqualTo(403);
        assertThat(company.get(requestPath + "/matches").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select title from loket_listing where id = ?").param(offerId).query(String.class).single())
                .isEqualTo(offerTitle);
    }

    @Test
    void aPersonDownloadsAndDeletesTheirDataAndUnconfirmedSignUpsExpire() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "meester-" + suffix + "@agathasnellen.nl";
        WebSession visitor = new WebSession(port);
        visitor.post("/loket/aanmelden/school/claim", Map.of("locationCode", "07KN00", "contactName", "Meester Bas",
                "email", email, "phone", "06 1234 5678", "password", PASSWORD, "passwordConfirmation", PASSWORD));
        visitor.post("/loket/bevestigen", Map.of("token", confirmationToken(email)));
        WebSession person = new WebSession(port);
        person.login(email, PASSWORD);
        String export = person.get("/loket/mijn/gegevens.json").body();
        assertThat(export).contains(email, "Meester Bas", "06 1234 5678");
        assertThat(person.post("/loket/mijn/gegevens/verwijderen", Map.of()).headers().firstValue("Location")
                .orElse("")).as("not without ticking the box").contains("confirm");
        assertThat(count("loket_member where email = '" + email + "'")).isEqualTo(1);
        person.post("/loket/mijn/gegevens/verwijderen", Map.of("confirm", "yes"));
        assertThat(count("loket_member where email = '" + email + "'")).isZero();
        assertThat(count("app_user where email = '" + email + "'")).isZero();
        assertThat(new WebSession(port).login(email, PASSWORD).headers().firstValue("Location").orElse(""))
                .contains("error");

        String never = "nooit-" + suffix + "@agathasnellen.nl";
        new WebSession(port).post("/loket/aanmelden/school/claim", Map.of("locationCode", "07KN00", "contactName",
                "Nooit Bevestigd", "email", never, "password", PASSWORD, "passwordConfirmation", PASSWORD));
        assertThat(personalData.removeInactive(java.time.OffsetDateTime.now().plusDays(29))).isZero();
        assertThat(personalData.removeInactive(java.time.OffsetDateTime.now().plusDays(31))).isGreaterThanOrEqualTo(1);
        assertThat(count("app_user where email = '" + never + "'")).isZero();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private String confirmationToken(String email) throws Exception {
        return LoketMails.confirmationToken(outbox, greenMail, email);
    }
}
