package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.WebSession;
import nl.techniekpact.loket.LoketParties.Person;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An activity from proposal to close over the pages, as a school's teacher and a company's contact do it: propose on
 * the public offer, accept with a date (contact details visible to both only now, a place of the offer taken), held,
 * feedback from both sides, closed; each step e-mailed to the other side and audited; the agreed activity in both
 * calendar feeds. Also: declining needs a reason, withdrawing frees the place, a full offer cannot be accepted again,
 * a stale form changes nothing.
 */
@PlatformIntegrationTest
class ActivityWalkIntegrationTest {

    private static final Pattern CALENDAR_LINK = Pattern.compile("(https?://[^<\\s\"]+/loket/agenda/([A-Za-z0-9_-]+)\\.ics)");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoketParties parties;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Clock clock;

    LoketMails mails;
    LocalDate today;
    String suffix;

    @BeforeEach
    void setUp() {
        mails = new LoketMails(greenMail, outbox);
        today = LocalDate.now(clock);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void proposeAcceptHoldFeedbackCloseWithContactsOnlyAfterTheIntroduction() {
        long companyId = parties.company("Lasbedrijf " + suffix);
        Person kees = parties.companyMember(companyId, "CONFIRMED", port);
        Person anna = parties.schoolMember(parties.school(), "CONFIRMED", port);
        long offer = parties.offer(kees, "Gastles lassen " + suffix, 3, null, null);

        assertThat(new WebSession(port).get("/loket/aanbod/" + offer).body()).as("anonymous: no form")
                .doesNotContain("action=\"/loket/mijn/activiteiten\"");
        assertThat(kees.web().get("/loket/aanbod/" + offer).body()).as("the company itself: no form")
                .doesNotContain("action=\"/loket/mijn/activiteiten\"");
        assertThat(anna.web().get("/loket/aanbod/" + offer).body()).contains("action=\"/loket/mijn/activiteiten\"",
                "Een activiteit voorstellen");

        int before = count("loket_activity");
        HttpResponse<String> tooLong = anna.web().post("/loket/mijn/activiteiten", Map.of("listing",
                String.valueOf(offer), "message", "x".repeat(2001), "plannedOn", "gisteren"));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Controleer", "id=\"message-error\"", "Dit is te lang.",
                "id=\"plannedOn-error\"", "Vul een datum in als dag-maand-jaar.");
        assertThat(count("loket_activity")).as("nothing stored").isEqualTo(before);
        assertThat(anna.web().post("/loket/mijn/activiteiten?lang=en", Map.of("listing", String.valueOf(offer),
                "message", "", "plannedOn", today.minusDays(1).toString())).body())
                .as("in English when chosen").contains("This date has passed.");
        anna.web().get("/?lang=nl");

        HttpResponse<String> proposed = anna.web().post("/loket/mijn/activiteiten", Map.of("listing",
                String.valueOf(offer), "message", "Groep 8 wil graag zien hoe lassen werkt.", "plannedOn", ""));
        assertThat(location(proposed)).matches("/loket/mijn/activiteiten/\\d+\\?proposed");
        String page = location(proposed).replaceAll("\\?.*", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(state(id)).isEqualTo("PROPOSED");
        assertThat(mails.await(kees.email(), "nieuw voorstel").body())
                .contains("Beste " + kees.name(), "Gastles lassen " + suffix, "http://localhost:8080" + page,
                        "proposes an activity").doesNotContain(anna.email());
        assertThat(anna.web().post("/loket/mijn/activiteiten", Map.of("listing", String.valueOf(offer),
                "message", "nog een keer", "plannedOn", "")).body()).as("one open proposal per pair and listing")
                .contains("Er loopt al een voorstel");

        String companyView = kees.web().get(page).body();
        assertThat(companyView).contains("Groep 8 wil graag zien hoe lassen werkt.", "Aannemen", "Afwijzen",
                "De contactgegevens van beide kanten ziet u zodra")
                .doesNotContain(anna.email(), anna.name(), "Intrekken");
        assertThat(anna.web().get(page).body()).contains("Intrekken").doesNotContain(kees.email(), kees.phone(),
                "Aannemen");

        int offerVersion = jdbc.sql("select lock_version from loket_listing where id = ?").param(offer)
                .query(Integer.class).single();
        assertThat(kees.web().post(page + "/accepteren", Map.of("plannedOn", "", "version", version(id))).body())
                .contains("id=\"plannedOn-error\"", "Vul de datum in waarop de activiteit is.");
        assertThat(location(kees.web().post(page + "/accepteren", Map.of("plannedOn", today.toString(),
                "version", version(id))))).isEqualTo(page + "?saved");
        assertThat(state(id)).isEqualTo("INTRODUCED");
        assertThat(jdbc.sql("select places_left from loket_listing where id = ?").param(offer).query(Integer.class)
                .single()).as("a place taken").isEqualTo(2);
        assertThat(jdbc.sql("select lock_version from loket_listing where id = ?").param(offer).query(Integer.class)
                .single()).as("the offer changed").isEqualTo(offerVersion + 1);
        for (Person person : List.of(anna, kees)) {
            assertThat(mails.await(person.email(), "u bent aan elkaar voorgesteld").body())
                    .doesNotContain(anna.email(), kees.email(), kees.phone());
            assertThat(person.web().get(page).body()).as("contacts for " + person.name())
                    .contains(anna.name(), anna.email(), kees.name(), kees.email(), kees.phone());
        }

        assertThat(location(anna.web().post(page + "/gehouden", Map.of("heldOn", "", "version", version(id)))))
                .isEqualTo(page + "?saved");
        assertThat(jdbc.sql("select held_on from loket_activity where id = ?").param(id).query(LocalDate.class)
                .single()).isEqualTo(today);
        assertThat(mails.await(kees.email(), "activiteit gehouden").body()).contains("Give your feedback");

        assertThat(anna.web().post(page + "/beoordelen", Map.of("score", "9", "feedback", "", "version",
                version(id))).body()).contains("id=\"score-error\"", "Kies een cijfer van 1 tot 5.");
        anna.web().post(page + "/beoordelen", Map.of("score", "4", "feedback", "Leerzaam, wel wat lang.",
                "version", version(id)));
        assertThat(anna.web().post(page + "/beoordelen", Map.of("score", "1", "feedback", "nog eens",
                "version", version(id))).body()).as("once per side").contains("Dit kan niet (meer)");
        assertThat(state(id)).isEqualTo("HELD");
        assertThat(mails.await(kees.email(), "beoordeling gegeven").body()).contains("Will you give yours too?");
        kees.web().post(page + "/beoordelen", Map.of("score", "5", "feedback", "Enthousiaste klas!",
                "version", version(id)));
        assertThat(jdbc.sql("select state || ' ' || school_score || ' ' || company_score || ' ' || closed_on"
                + " from loket_activity where id = ?").param(id).query(String.class).single())
                .isEqualTo("CLOSED 4 5 " + today);
        assertThat(mails.await(anna.email(), "activiteit afgerond").body()).contains("Dank u wel");
        assertThat(anna.web().get(page).body()).contains("Leerzaam, wel wat lang.", "Enthousiaste klas!",
                "4 van 5", "5 van 5", "afgerond");

        assertThat(jdbc.sql("""
                        select string_agg(action || ':' || coalesce(before ->> 'state', '') || '>'
                                          || (after ->> 'state'), ' ' order by id)
                        from audit_event where entity_type = 'loket_activity' and entity_id = ?""")
                .param(String.valueOf(id)).query(String.class).single())
                .isEqualTo("loket.activity.propose:>PROPOSED loket.activity.accept:PROPOSED>INTRODUCED"
                        + " loket.activity.held:INTRODUCED>HELD loket.activity.feedback:HELD>HELD"
                        + " loket.activity.feedback:HELD>CLOSED");

        assertThat(calendarOf(kees)).contains("UID:loket-activity-" + uid(id) + "@techniekpact", "STATUS:CONFIRMED",
                "SEQUENCE:" + sequence(id), "DTSTART;VALUE=DATE:" + today.toString().replace("-", ""))
                .doesNotContain(anna.email());
        assertThat(calendarOf(anna)).contains("UID:loket-activity-" + uid(id) + "@techniekpact");
    }

    @Test
    void declineNeedsAReasonAndTheProposerHearsIt() {
        long companyId = parties.company("Installatiebedrijf " + suffix);
        Person kees = parties.companyMember(companyId, "CONFIRMED", port);
        Person anna = parties.schoolMember(parties.school(), "CONFIRMED", port);
        long request = parties.request(anna, "Wie laat zien hoe een warmtepomp werkt? " + suffix);

        String page = location(kees.web().post("/loket/mijn/activiteiten", Map.of("listing", String.valueOf(request),
                "message", "Wij komen graag met een warmtepomp op wielen.", "plannedOn",
                today.plusDays(20).toString()))).replaceAll("\\?.*", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(mails.await(anna.email(), "nieuw voorstel").body()).contains("Installatiebedrijf " + suffix);

        HttpResponse<String> noReason = anna.web().post(page + "/afwijzen", Map.of("reason", "  ", "version",
                version(id)));
        assertThat(noReason.body()).contains("Controleer", "id=\"reason-error\"", "Geef een reden.");
        assertThat(state(id)).isEqualTo("PROPOSED");
        anna.web().post(page + "/afwijzen", Map.of("reason", "Die week hebben wij toetsen.", "version", version(id)));
        assertThat(jdbc.sql("select state || ': ' || decline_reason from loket_activity where id = ?").param(id)
                .query(String.class).single()).isEqualTo("DECLINED: Die week hebben wij toetsen.");
        assertThat(mails.await(kees.email(), "voorstel afgewezen").body()).contains("Die week hebben wij toetsen.");
        assertThat(kees.web().get(page).body()).contains("afgewezen", "Die week hebben wij toetsen.")
                .doesNotContain(anna.email(), anna.phone(), "Aannemen", "Intrekken");
        assertThat(calendarOf(kees)).as("never agreed: not in the calendar").doesNotContain(uid(id).toString());
    }

    @Test
    void withdrawingFreesThePlaceAndTheCalendarCancelsTheEvent() {
        long companyId = parties.company("Robotbouwer " + suffix);
        Person kees = parties.companyMember(companyId, "CONFIRMED", port);
        Person colleague = parties.companyMember(companyId, "CONFIRMED", port);
        Person anna = parties.schoolMember(parties.school(), "CONFIRMED", port);
        Person bert = parties.schoolMember(parties.school(), "CONFIRMED", port);
        long offer = parties.offer(kees, "Robots bouwen " + suffix, 1, today, today.plusMonths(2));

        String first = propose(anna, offer);
        String second = propose(bert, offer);
        long firstId = id(first);
        String staleVersion = version(firstId);
        kees.web().post(first + "/accepteren", Map.of("plannedOn", today.plusDays(10).toString(), "version",
                staleVersion));
        assertThat(location(colleague.web().post(first + "/verzetten", Map.of("plannedOn",
                today.plusDays(12).toString(), "version", staleVersion)))).as("a stale form")
                .isEqualTo(first + "?stale");
        assertThat(jdbc.sql("select planned_on from loket_activity where id = ?").param(firstId)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(10));
        assertThat(kees.web().post(first + "/verzetten", Map.of("plannedOn", today.plusMonths(3).toString(),
                "version", version(firstId))).body()).contains("Deze datum valt buiten de periode");

        assertThat(kees.web().post(second + "/accepteren", Map.of("plannedOn", today.plusDays(11).toString(),
                "version", version(id(second)))).body()).contains("Het aanbod is vol");
        assertThat(state(id(second))).isEqualTo("PROPOSED");
        assertThat(calendarOf(kees)).contains(uid(firstId) + "@techniekpact", "STATUS:CONFIRMED", "SEQUENCE:1");

        assertThat(kees.web().post(first + "/intrekken", Map.of("version", version(firstId))).statusCode())
                .as("only the proposer withdraws").isEqualTo(403);
        anna.web().post(first + "/intrekken", Map.of("version", version(firstId)));
        assertThat(state(firstId)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select places_left from loket_listing where id = ?").param(offer).query(Integer.class)
                .single()).as("the place is free again").isEqualTo(1);
        assertThat(mails.await(kees.email(), "activiteit ingetrokken").body()).contains("Robots bouwen " + suffix);
        assertThat(calendarOf(kees)).contains(uid(firstId) + "@techniekpact", "STATUS:CANCELLED", "SEQUENCE:2");
        assertThat(location(kees.web().post(second + "/accepteren", Map.of("plannedOn",
                today.plusDays(11).toString(), "version", version(id(second)))))).isEqualTo(second + "?saved");
    }

    @Test
    void aNewCalendarLinkReplacesTheOld() {
        long companyId = parties.company("Agendabedrijf " + suffix);
        Person kees = parties.companyMember(companyId, "CONFIRMED", port);
        String first = calendarLink(kees);
        HttpResponse<String> feed = new WebSession(port).get(path(first));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:Techniekpact Loket: Agendabedrijf " + suffix);
        Matcher secret = CALENDAR_LINK.matcher(first);
        assertThat(secret.find()).isTrue();
        assertThat(jdbc.sql("select count(*) from loket_calendar_feed where token_hash like ?")
                .param("%" + secret.group(2) + "%").query(Integer.class).single()).as("only the hash is stored").isZero();
        assertThat(kees.web().get("/loket/mijn").body()).as("shown once").doesNotContain(secret.group(2))
                .contains("Nieuwe link maken");

        String second = calendarLink(kees);
        assertThat(second).isNotEqualTo(first);
        assertThat(new WebSession(port).get(path(first)).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get(path(second)).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).get("/loket/agenda/niet-geldig.ics").statusCode()).isEqualTo(404);
    }

    private String propose(Person person, long listing) {
        return location(person.web().post("/loket/mijn/activiteiten", Map.of("listing", String.valueOf(listing),
                "message", "Mogen wij komen?", "plannedOn", ""))).replaceAll("\\?.*", "");
    }

    private String calendarOf(Person person) {
        HttpResponse<String> feed = new WebSession(port).get(path(calendarLink(person)));
        assertThat(feed.statusCode()).isEqualTo(200);
        return feed.body().replace("\r\n ", "");
    }

    /** Makes a new calendar link as the person and reads it from the page it is shown on once. */
    private String calendarLink(Person person) {
        HttpResponse<String> made = person.web().post("/loket/mijn/agenda", Map.of());
        assertThat(location(made)).startsWith("/loket/mijn");
        Matcher link = CALENDAR_LINK.matcher(person.web().get("/loket/mijn").body());
        assertThat(link.find()).as("the new link is shown").isTrue();
        return link.group(1);
    }

    private static String path(String link) {
        return link.replaceAll("^https?://[^/]+", "");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("").replaceAll("^https?://[^/]+", "");
    }

    private static long id(String page) {
        return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
    }

    private String state(long id) {
        return jdbc.sql("select state from loket_activity where id = ?").param(id).query(String.class).single();
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select lock_version from loket_activity where id = ?").param(id)
                .query(Integer.class).single());
    }

    private int sequence(long id) {
        return jdbc.sql("select sequence from loket_activity where id = ?").param(id).query(Integer.class).single();
    }

    private UUID uid(long id) {
        return jdbc.sql("select uid from loket_activity where id = ?").param(id).query(UUID.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
