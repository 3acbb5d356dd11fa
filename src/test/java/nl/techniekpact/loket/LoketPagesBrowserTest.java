package nl.techniekpact.loket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Loket in Chromium, as a company, a school and the office would use it: the registration form with its errors
 * (Dutch and English), confirmation, an offer written and published with check boxes, a school's request and its
 * matches with their reasons, its blocked days, a visit proposed, accepted (contact details shown only now), held and scored, the public
 * search and listing pages, the office page, and the reach indicator in the monitor counting the school once the
 * office publishes the reach. axe-core finds no WCAG 2.1 AA
 * violation on any of them, at desktop and at mobile width.
 */
@PlatformIntegrationTest
class LoketPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MonitorImports imports;

    @Test
    void aCompanyAndASchoolFindEachOtherInTheBrowser() throws Exception {
        BrowserSession browser = BROWSER.session();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String kvk = String.valueOf(20_000_000 + Math.abs(suffix.hashCode() % 79_999_999));
        String email = "browser-" + suffix + "@bedrijf.example";

        Page page = browser.newPage();
        page.navigate(url("/loket"));
        assertThat(page.locator("h1")).hasText("Loket: scholen en technische bedrijven");
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanmelden bij het Loket").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik meld een bedrijf aan")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bedrijf aanmelden")).click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Controleer de gemarkeerde velden");
        assertThat(page.locator("#kvkNumber-error")).containsText("acht cijfers");
        assertThat(page.locator("#kvkNumber")).hasAttribute("aria-invalid", "true");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate(url("/loket/aanmelden/bedrijf?lang=en"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up the company")).click();
        assertThat(page.locator("#kvkNumber-error")).containsText("eight digits");
        assertThat(page.locator("main")).not().containsText("??");
        page.navigate(url("/loket/aanmelden/bedrijf?lang=nl"));

        page.getByLabel("KvK-nummer").fill(kvk);
        page.getByLabel("Naam van het bedrijf").fill("Browserbouw " + suffix);
        page.getByLabel("SBI-code (hoofdactiviteit)").fill("4321");
        page.getByLabel("Straat").fill("Stationsplein");
        page.getByLabel("Huisnummer").fill("2");
        page.getByLabel("Postcode").fill("3511 CE");
        page.getByLabel("Plaats").fill("Utrecht");
        page.getByLabel("Reisafstand in km").fill("40");
        page.getByLabel("Uw naam").fill("Bea Browser");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(LoketWalkIntegrationTest.PASSWORD);
        page.getByLabel("Wachtwoord nog een keer").fill(LoketWalkIntegrationTest.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bedrijf aanmelden")).click();
        assertThat(page.locator("h1")).hasText("Kijk in uw e-mail");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate(url(confirmationPath(email)));
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("het bedrijf is aangemeld");

        Page company = signIn(browser, email);
        company.navigate(url("/loket/mijn"));
        browser.assertAccessibleAtBothWidths(company);
        company.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw aanbod")).click();
        company.getByLabel("Titel").fill("Bedrijfsbezoek installatietechniek " + suffix);
        company.getByLabel("Soort activiteit").selectOption("BEDRIJFSBEZOEK");
        company.getByLabel("vmbo", new Page.GetByLabelOptions().setExact(true)).check();
        company.getByLabel("bij het bedrijf").check();
        company.getByLabel("vmbo-profiel produceren, installeren en energie").check();
        company.getByLabel("Reisafstand in km").fill("40");
        company.getByLabel("Omschrijving").fill("Een ochtend meelopen met monteurs van warmtepompen.");
        browser.assertAccessibleAtBothWidths(company);
        company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(company.getByRole(AriaRole.STATUS).first()).containsText("Opgeslagen");
        assertThat(company.getByLabel("vmbo", new Page.GetByLabelOptions().setExact(true))).isChecked();
        company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
        assertThat(company.getByRole(AriaRole.STATUS).first()).containsText("Gepubliceerd");

        // a school (signed up over HTTP to keep the test short) publishes a request and looks at its matches
        String schoolEmail = "docent-" + suffix + "@agathasnellen.nl";
        WebSession http = new WebSession(port);
        http.post("/loket/aanmelden/school/claim", Map.of("locationCode", "07KN00", "contactName", "Docent Dirk",
                "email", schoolEmail, "password", LoketWalkIntegrationTest.PASSWORD,
                "passwordConfirmation", LoketWalkIntegrationTest.PASSWORD));
        http.post("/loket/bevestigen", Map.of("token", confirmationPath(schoolEmail).replaceAll(".*token=", "")));
        Page school = signIn(browser, schoolEmail);
        school.navigate(url("/loket/mijn/nieuw"));
        school.getByLabel("Titel").fill("Excursie techniek voor groep 8 " + suffix);
        school.getByLabel("Soort activiteit").selectOption("BEDRIJFSBEZOEK");
        school.getByLabel("vmbo", new Page.GetByLabelOptions().setExact(true)).check();
        school.getByLabel("bij het bedrijf").check();
        school.getByLabel("Reisafstand in km").fill("15");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
        school.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat past hierbij?")).click();
        assertThat(school.locator("main")).containsText("Bedrijfsbezoek installatietechniek " + suffix);
        assertThat(school.locator("main")).containsText("km hiervandaan");
        assertThat(school.locator("main")).not().containsText(email);
        browser.assertAccessibleAtBothWidths(school);
        school.navigate(school.url() + (school.url().contains("?") ? "&" : "?") + "lang=en");
        assertThat(school.locator("main")).containsText("km away");
        browser.assertAccessibleAtBothWidths(school);

        // the school keeps its own blocked days: an empty form shows its errors, a filled one adds a range
        school.navigate(url("/loket/mijn?lang=nl"));
        school.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geblokkeerde dagen van de school")).click();
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(school.getByRole(AriaRole.ALERT)).containsText("Controleer de gemarkeerde velden");
        assertThat(school.locator("#from-error")).containsText("Vul een datum in");
        browser.assertAccessibleAtBothWidths(school);
        school.getByLabel("Eerste dag").fill("2041-06-03");
        school.getByLabel("Laatste dag").fill("2041-06-07");
        school.getByLabel("Reden").fill("Examenweek");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(school.getByRole(AriaRole.STATUS)).containsText("De dagen zijn toegevoegd");
        assertThat(school.locator("table")).containsText("3 juni 2041");
        browser.assertAccessibleAtBothWidths(school);

        // the school proposes a visit on the offer; the company accepts it; the school reports it held and scores it
        school.navigate(url("/loket?q=warmtepompen&lang=nl"));
        school.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedrijfsbezoek installatietechniek " + suffix)).click();
        school.getByLabel("Bericht").fill("Groep 8 komt graag kijken.");
        browser.assertAccessibleAtBothWidths(school);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstellen")).click();
        assertThat(school.locator("main")).containsText("Groep 8 komt graag kijken.");
        assertThat(school.locator("main")).not().containsText(email);
        browser.assertAccessibleAtBothWidths(school);
        String activity = school.url().replaceAll("\\?.*", "");

        company.navigate(activity);
        company.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(java.time.LocalDate.now().toString());
        browser.assertAccessibleAtBothWidths(company);
        company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aannemen")).click();
        assertThat(company.locator("main")).containsText(schoolEmail);
        browser.assertAccessibleAtBothWidths(company);

        school.navigate(activity);
        assertThat(school.locator("main")).containsText(email);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("De activiteit is gehouden")).click();
        school.getByLabel("Cijfer").selectOption("5");
        school.getByLabel("Toelichting").fill("Leerzaam en goed georganiseerd.");
        browser.assertAccessibleAtBothWidths(school);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling geven")).click();
        assertThat(school.locator("main")).containsText("Leerzaam en goed georganiseerd.");
        school.navigate(url("/loket/mijn/activiteiten"));
        browser.assertAccessibleAtBothWidths(school);

        Page visitor = browser.newPage();
        visitor.navigate(url("/loket?q=warmtepompen"));
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedrijfsbezoek installatietechniek " + suffix)).click();
        assertThat(visitor.locator("h1")).hasText("Bedrijfsbezoek installatietechniek " + suffix);
        assertThat(visitor.locator("main")).not().containsText("Bea Browser");
        browser.assertAccessibleAtBothWidths(visitor);

        // the office publishes the reach now; the school's municipality counts one more school reached (the
        // monitor knows the municipalities once the crosswalk is loaded, as on a real first start)
        MonitorFixtures.loadCrosswalk(imports);
        String municipality = jdbc.sql("select municipality_code from loket_school where location_code = '07KN00'")
                .query(String.class).single();
        String period = ReachFiles.period(SchoolYears.of(java.time.LocalDate.now()));
        Page monitor = browser.newPage();
        monitor.navigate(url("/monitor/indicatoren/loket-scholen-bereikt?region=" + municipality));
        int reachedBefore = schoolsReached(monitor, period);
        Page office = browser.signIn(url(""), users.create(Role.OFFICE, "office").email());
        office.navigate(url("/office/loket"));
        assertThat(office.locator("main")).containsText("Browserbouw " + suffix);
        browser.assertAccessibleAtBothWidths(office);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereik nu publiceren")).click();
        assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("Het bereik staat in de monitor");
        monitor.reload();
        assertThat(schoolsReached(monitor, period)).as("schools reached in " + municipality + ", " + period)
                .isGreaterThan(reachedBefore);
        browser.assertAccessibleAtBothWidths(monitor);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The numerator of the monitor page's row for {@code period}; 0 when the page has no row for it yet. */
    private static int schoolsReached(Page monitor, String period) {
        Locator row = monitor.locator("#series-table tbody tr").filter(new Locator.FilterOptions().setHasText(period));
        if (row.count() == 0) {
            return 0;
        }
        return Integer.parseInt(row.first().locator("td").nth(1).innerText().replaceAll("[^0-9]", ""));
    }

    private Page signIn(BrowserSession browser, String email) {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(LoketWalkIntegrationTest.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        return page;
    }

    private String confirmationPath(String email) throws Exception {
        return "/loket/bevestigen?token=" + LoketMails.confirmationToken(outbox, greenMail, email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
