package nl.techniekpact.loket;

import static nl.techniekpact.loket.HybridFixtures.createdId;
import static nl.techniekpact.loket.HybridFixtures.post;
import static nl.techniekpact.loket.HybridFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.loket.HybridMatches.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company's professional and a school's vacancy, written through the pages: the match shows the fit of hours and
 * days as numbers, the pilot's rules in force on the vacancy's dates with their outcome and source (one holds, one
 * breaks), the missing VOG, and "no rule known" where no rule is about an aspect; professionals who teach other
 * days, another subject or live too far away do not fit; the school sees no contact details; the company sees the
 * vacancy from its side. Bad input is shown at its fields and stores nothing; a stale form changes nothing.
 */
@PlatformIntegrationTest
class HybridMatchIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    HybridRules rules;
    @Autowired
    HybridMatches matches;
    @Autowired
    Accounts accounts;

    HybridFixtures fixtures;
    String pilot;

    @BeforeEach
    void setUp() {
        fixtures = new HybridFixtures(jdbc, users, port);
        pilot = "Testpilot " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aMatchShowsTheFitTheRulesCheckedWithTheirSourceAndWhatIsMissing() {
        CurrentUser office = officeUser();
        long hours = rules.add(office, rule("Gastdocent zonder bevoegdheid: uren", "MAX_HOURS_PER_WEEK", "10",
                "NONE", "2026-08-01", "", "Regeling van de pilot, artikel 2"));
        long days = rules.add(office, rule("Pilot: één dag per week", "MAX_DAYS_PER_WEEK", "1", "", "", "",
                "Afspraken van de pilot, 2026"));
        long vog = rules.add(office, rule("VOG verplicht in de pilot", "REQUIRES_VOG", "", "", "", "",
                "Afspraken van de pilot, 2026"));
        long ended = rules.add(office, rule("Oude urengrens", "MAX_HOURS_PER_WEEK", "2", "", "2020-01-01",
                "2026-07-31", "Oude regeling"));

        HybridFixtures.Party company = fixtures.company("Robotbouw Utrecht", "3511 AB", "CONFIRMED");
        String email = "pro-" + UUID.randomUUID().toString().substring(0, 8) + "@robotbouw.example";
        long profile = createdId(post(company.session(), "/loket/mijn/hybride/profielen/nieuw",
                HybridFixtures.profile("Piet Professional", email, "8", "TUESDAY", "THURSDAY", "FRIDAY")));
        long otherDays = createdId(post(company.session(), "/loket/mijn/hybride/profielen/nieuw",
                HybridFixtures.profile("Maandagmens", "ma@robotbouw.example", "8", "MONDAY")));
        long otherSubject = createdId(post(company.session(), "/loket/mijn/hybride/profielen/nieuw",
                with(HybridFixtures.profile("Wiskundige", "wi@robotbouw.example", "8", "TUESDAY"), "subjects",
                        "wiskunde")));
        HybridFixtures.Party farAway = fixtures.company("Noordelijke Techniek", "9711 AA", "CONFIRMED");
        long tooFar = createdId(post(farAway.session(), "/loket/mijn/hybride/profielen/nieuw",
                HybridFixtures.profile("Ver Weg", "ver@noord.example", "8", "TUESDAY")));

        HybridFixtures.Party school = fixtures.school("07KN00", "CONFIRMED");
        long vacancy = createdId(post(school.session(), "/loket/mijn/hybride/vacatures/nieuw",
                HybridFixtures.vacancy("Techniek in groep 8", "10", pilot, "TUESDAY", "WEDNESDAY", "THURSDAY")));

        String page = school.session().get("/loket/mijn/hybride/vacatures/" + vacancy + "/matches").body();
        assertThat(page).contains("Professional van Robotbouw Utrecht", "Werktuigbouwkundige, bouwt robotarmen",
                "8 van de 10 uur per week", "dinsdag en donderdag, van de gevraagde dinsdag t/m donderdag",
                "Gastdocent zonder bevoegdheid: uren", "hoogstens 10 uur per week", "hier 8 uur per week",
                "Regeling van de pilot, artikel 2", "Geldig vanaf 1 augustus 2026 tot en met geen einde bekend",
                "Pilot: één dag per week", "hoogstens 1 dag(en) per week", "hier 2 dag(en) per week",
                "Een verklaring omtrent het gedrag (VOG)", "(van belang voor: VOG verplicht in de pilot)",
                "Een onderwijsbevoegdheid of opleiding daartoe",
                "Geen regel bekend voor", "begeleiding door een bevoegde docent en toestemming van de werkgever")
                .doesNotContain("Oude urengrens", "Piet Professional", email, "06 1234 5678", "Maandagmens",
                        "Wiskundige", "Noordelijke Techniek");

        HybridMatches.Fit fit = matches.forVacancy(current(school), vacancy).stream()
                .filter(f -> f.professional().profileId() == profile).findFirst().orElseThrow();
        assertThat(fit.hoursOffered()).isEqualTo(8);
        assertThat(fit.commonDays()).extracting(Enum::name).containsExactly("TUESDAY", "THURSDAY");
        assertThat(fit.distanceKm()).isLessThan(5.0);
        assertThat(fit.rules()).extracting(c -> c.rule().id() + ":" + c.outcome()).contains(hours + ":HOLDS",
                days + ":BREAKS", vog + ":BREAKS").doesNotContain(ended + ":HOLDS", ended + ":BREAKS");
        assertThat(fit.missing()).extracting(HybridMatches.Missing::gap)
                .containsExactly(HybridMatches.Gap.VOG, HybridMatches.Gap.QUALIFICATION);
        assertThat(matches.forVacancy(current(school), vacancy)).extracting(f -> f.professional().profileId())
                .doesNotContain(otherDays, otherSubject, tooFar);
        assertThat(fit.rules()).filteredOn(c -> c.outcome() == Outcome.CANNOT_TELL).isEmpty();

        String english = school.session().get("/loket/mijn/hybride/vacatures/" + vacancy + "/matches?lang=en").body();
        assertThat(english).contains("8 of 10 hours a week", "Tuesday and Thursday, of the requested Tuesday to Thursday",
                "holds", "breaks", "No rule known for").doesNotContain("??");

        String reverse = company.session().get("/loket/mijn/hybride/profielen/" + profile + "/vacatures").body();
        assertThat(reverse).contains("Techniek in groep 8", "Basisschool Agatha Snellen", "8 van de 10 uur per week",
                "Pilot: één dag per week");
    }

    @Test
    void anMboVacancyShowsTheSeedsRuleAsCannotTell() {
        HybridRules.Rule seed = rules.all().stream().filter(HybridRules.Rule::fromSeed).findFirst().orElseThrow();
        assertThat(seed.kind()).isEqualTo(HybridRules.Kind.OTHER);
        assertThat(seed.source()).contains("seed 004_a9afeef750dbdd18.txt", "maatregel 11");
        assertThat(seed.sourceQuote()).contains("Gastdocent: zie document begeleidende onderwijstijd.");
        assertThat(seed.value()).isNull();
        assertThat(jdbc.sql("select count(*) from loket_hybrid_rule where created_by is null").query(Integer.class)
                .single()).as("the seeds state one rule, and no number").isEqualTo(1);
    }

    @Test
    void badInputIsShownAtItsFieldsAndAStaleFormChangesNothing() {
        HybridFixtures.Party company = fixtures.company("Foutloos BV", "3511 AB", "CONFIRMED");
        int before = count();
        HttpResponse<String> invalid = post(company.session(), "/loket/mijn/hybride/profielen/nieuw", List.of(
                "name", "", "email", "geen-adres", "hoursPerWeek", "99", "availableFrom", "gisteren", "travelKm", "5",
                "qualification", "MAYBE", "vogIssuedOn", "2099-01-01", "expertise", "x".repeat(1001)));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Controleer de gemarkeerde velden", "id=\"name-error\"",
                "Vul een e-mailadres in zoals naam@voorbeeld.nl.", "id=\"hoursPerWeek-error\"",
                "Vul een heel getal in van 1 tot 40.", "Kies minstens één vak uit de lijst.",
                "Kies minstens één dag van maandag tot en met vrijdag.", "Kies de bevoegdheid.",
                "Deze datum ligt in de toekomst.", "Dit is te lang.", "href=\"#availableFrom\"")
                .contains("value=\"geen-adres\"");
        assertThat(count()).isEqualTo(before);

        long id = createdId(post(company.session(), "/loket/mijn/hybride/profielen/nieuw",
                HybridFixtures.profile("Juist Ingevuld", "juist@foutloos.example", "6", "MONDAY")));
        HttpResponse<String> stale = post(company.session(), "/loket/mijn/hybride/profielen/" + id,
                with(HybridFixtures.profile("Overschreven", "juist@foutloos.example", "6", "MONDAY"), "version", "7"));
        assertThat(stale.headers().firstValue("Location").orElse("")).endsWith("?stale");
        assertThat(jdbc.sql("select name from loket_hybrid_profile where id = ?").param(id).query(String.class)
                .single()).isEqualTo("Juist Ingevuld");
        post(company.session(), "/loket/mijn/hybride/profielen/" + id,
                with(HybridFixtures.profile("Nieuwe Naam", "juist@foutloos.example", "6", "MONDAY"), "version", "0"));
        assertThat(jdbc.sql("select name from loket_hybrid_profile where id = ?").param(id).query(String.class)
                .single()).isEqualTo("Nieuwe Naam");
        List<String> audited = jdbc.sql("""
                        select coalesce(before::text, '') || coalesce(after::text, '') from audit_event
                        where entity_type = 'loket_hybrid_profile' and entity_id = ? order by id""")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(audited).as("create and update audited, without the contact details").hasSize(2)
                .allSatisfy(json -> assertThat(json).doesNotContain("juist@foutloos.example", "Juist Ingevuld",
                        "Nieuwe Naam", "06 1234 5678"));
        assertThat(audited.get(1)).contains("contactDetails");
    }

    private int count() {
        return jdbc.sql("select count(*) from loket_hybrid_profile").query(Integer.class).single();
    }

    private HybridRules.Form rule(String name, String kind, String value, String appliesTo, String from,
                                  String until, String source) {
        return new HybridRules.Form(name, kind, value, appliesTo, List.of(), from, until, "PILOT", pilot, source,
                null, "2026-06-01");
    }

    private CurrentUser officeUser() {
        return accounts.byId(users.create(nl.techniekpact.accounts.Role.OFFICE, "office").id()).orElseThrow();
    }

    private CurrentUser current(HybridFixtures.Party party) {
        return accounts.byId(party.user().id()).orElseThrow();
    }
}
