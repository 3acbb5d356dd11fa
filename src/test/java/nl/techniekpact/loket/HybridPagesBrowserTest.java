package nl.techniekpact.loket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hybrid-teacher match in Chromium: the office adds a pilot's rule (first with errors, in Dutch and English), a
 * company writes a professional's profile (first with errors), a school writes a vacancy of that pilot and sees
 * the professional who fits with the hours and days, the rule checked and its source, and what is missing; it
 * asks for an introduction, the company accepts, and only then the school sees the contact details. axe-core
 * finds 0 WCAG 2.1 AA violations at desktop and mobile width on every page; no console errors (CSP).
 */
@PlatformIntegrationTest
class HybridPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    @Test
    void aSchoolFindsAHybridTeacherAndTheCompanyAcceptsTheIntroduction() {
        BrowserSession browser = BROWSER.session();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String pilot = "Browserpilot " + suffix;
        HybridFixtures fixtures = new HybridFixtures(jdbc, users, port);

        // the office: the rules page, an incomplete rule, then a pilot's rule with its source
        Page office = browser.signIn(url(""), users.create(Role.OFFICE, "office").email());
        office.navigate(url("/office/loket/hybride"));
        assertThat(office.locator("h1")).hasText("Hybride docenten: regels");
        assertThat(office.locator("#rules-table")).containsText("Gastdocent in het mbo");
        assertThat(office.locator("#rules-table")).containsText("seed 004_a9afeef750dbdd18.txt");
        browser.assertAccessibleAtBothWidths(office);
        office.locator("#kind").selectOption("MAX_HOURS_PER_WEEK");
        office.locator("#scope-PILOT").check();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regel toevoegen")).click();
        Locator summary = office.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Controleer de gemarkeerde velden");
        assertThat(office.locator("#value-error")).containsText("Deze soort regel heeft een getal nodig");
        assertThat(office.locator("#pilotName-error")).containsText("Vul de naam van de pilot in.");
        assertThat(office.locator("#source")).hasAttribute("aria-invalid", "true");
        browser.assertAccessibleAtBothWidths(office);
        office.navigate(url("/office/loket/hybride?lang=en"));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rule")).click();
        assertThat(office.getByRole(AriaRole.ALERT)).containsText("Please check the marked fields");
        assertThat(office.locator("#kind-error")).containsText("Choose a kind of rule.");
        assertThat(office.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(office);
        office.navigate(url("/office/loket/hybride?lang=nl"));
        office.locator("#name").fill("Gastdocent zonder bevoegdheid " + suffix);
        office.locator("#kind").selectOption("MAX_HOURS_PER_WEEK");
        office.locator("#value").fill("6");
        office.locator("#appliesTo").selectOption("NONE");
        office.locator("#scope-PILOT").check();
        office.locator("#pilotName").fill(pilot);
        office.locator("#source").fill("Afsprakenkader " + pilot + ", artikel 3");
        office.locator("#sourceDate").fill("2026-09-01");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regel toevoegen")).click();
        assertThat(office.getByRole(AriaRole.STATUS)).containsText("De regel is toegevoegd.");
        Locator row = office.locator("#rules-table tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Gastdocent zonder bevoegdheid " + suffix));
        assertThat(row).containsText("hoogstens 6 uur per week");
        assertThat(row).containsText("alleen in de pilot " + pilot);
        assertThat(row).containsText("1 september 2026");
        browser.assertAccessibleAtBothWidths(office);
        browser.screenshot(office, "hybrid-rules");

        // the company: a profile, first with errors
        HybridFixtures.Party company = fixtures.company("Browserbedrijf " + suffix, "3511 AB", "CONFIRMED");
        Page companyPage = browser.signIn(url(""), company.user().email());
        companyPage.navigate(url("/loket/mijn"));
        companyPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hybride docenten")).click();
        assertThat(companyPage.locator("h1")).hasText("Hybride docenten");
        browser.assertAccessibleAtBothWidths(companyPage);
        companyPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe professional")).click();
        companyPage.locator("#email").fill("geen adres");
        companyPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(companyPage.getByRole(AriaRole.ALERT)).containsText("Controleer de gemarkeerde velden");
        assertThat(companyPage.locator("#email-error")).containsText("Vul een e-mailadres in");
        assertThat(companyPage.locator("#email")).hasValue("geen adres");
        assertThat(companyPage.locator("#days-error")).containsText("Kies minstens één dag");
        browser.assertAccessibleAtBothWidths(companyPage);
        String email = "hybride-" + suffix + "@browserbedrijf.example";
        companyPage.locator("#name").fill("Bram Browser");
        companyPage.locator("#email").fill(email);
        companyPage.locator("#expertise").fill("Scheepsbouwer, maakt modellen van schepen met leerlingen");
        companyPage.locator("#subject-maritiem-techniek").check();
        companyPage.locator("#level-PO").check();
        companyPage.locator("#hoursPerWeek").fill("8");
        companyPage.locator("#day-TUESDAY").check();
        companyPage.locator("#day-THURSDAY").check();
        companyPage.locator("#availableFrom").fill("2026-11-01");
        companyPage.locator("#qualification-NONE").check();
        companyPage.locator("#employerConsentOn").fill("2026-11-20");
        companyPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(companyPage.getByRole(AriaRole.STATUS)).containsText("Opgeslagen.");
        browser.assertAccessibleAtBothWidths(companyPage);

        // the school: a vacancy of the pilot, and who fits
        HybridFixtures.Party school = fixtures.school("07KN00", "CONFIRMED");
        Page schoolPage = browser.signIn(url(""), school.user().email());
        schoolPage.navigate(url("/loket/mijn/hybride"));
        schoolPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe vacature")).click();
        browser.assertAccessibleAtBothWidths(schoolPage);
        schoolPage.locator("#title").fill("Schepen bouwen in groep 8 " + suffix);
        schoolPage.locator("#subject").selectOption("maritiem-techniek");
        schoolPage.locator("#level").selectOption("PO");
        schoolPage.locator("#hoursPerWeek").fill("10");
        schoolPage.locator("#day-TUESDAY").check();
        schoolPage.locator("#day-WEDNESDAY").check();
        schoolPage.locator("#day-THURSDAY").check();
        schoolPage.locator("#from").fill("2027-01-04");
        schoolPage.locator("#until").fill("2027-06-30");
        schoolPage.locator("#supervised-true").check();
        schoolPage.locator("#pilot").fill(pilot);
        schoolPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(schoolPage.getByRole(AriaRole.STATUS)).containsText("Opgeslagen.");
        schoolPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Professionals die passen")).click();
        Locator fit = schoolPage.locator("ol.tp-results > li").filter(new Locator.FilterOptions()
                .setHasText("Professional van Browserbedrijf " + suffix));
        assertThat(fit).containsText("8 van de 10 uur per week");
        assertThat(fit).containsText("dinsdag en donderdag, van de gevraagde dinsdag t/m donderdag");
        assertThat(fit).containsText("klopt niet: Gastdocent zonder bevoegdheid " + suffix);
        assertThat(fit).containsText("Afsprakenkader " + pilot + ", artikel 3");
        assertThat(fit).containsText("Een verklaring omtrent het gedrag (VOG)");
        assertThat(fit).containsText("Geen regel bekend voor");
        assertThat(schoolPage.locator("main")).not().containsText(email);
        assertThat(schoolPage.locator("main")).not().containsText("Bram Browser");
        browser.assertAccessibleAtBothWidths(schoolPage);
        browser.screenshot(schoolPage, "hybrid-matches");
        fit.getByLabel("Bericht aan de professional (niet verplicht, hoogstens 1000 tekens)")
                .fill("Wij bouwen schepen op dinsdag.");
        fit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vraag om een kennismaking")).click();
        assertThat(schoolPage.getByRole(AriaRole.STATUS).first()).containsText("Gevraagd");
        browser.assertAccessibleAtBothWidths(schoolPage);
        schoolPage.navigate(schoolPage.url().replaceAll("\\?.*", "") + "?lang=en");
        assertThat(schoolPage.locator("main")).containsText("8 of 10 hours a week");
        assertThat(schoolPage.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(schoolPage);

        // the company accepts; the school sees the contact details
        companyPage.navigate(url("/loket/mijn/hybride"));
        Locator introduction = companyPage.locator("ul.tp-results > li").filter(new Locator.FilterOptions()
                .setHasText("Schepen bouwen in groep 8 " + suffix));
        assertThat(introduction).containsText("Wij bouwen schepen op dinsdag.");
        browser.assertAccessibleAtBothWidths(companyPage);
        introduction.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Accepteren en contactgegevens delen")).click();
        assertThat(companyPage.getByRole(AriaRole.STATUS)).containsText("Geaccepteerd");
        browser.assertAccessibleAtBothWidths(companyPage);
        schoolPage.navigate(url("/loket/mijn/hybride?lang=nl"));
        assertThat(schoolPage.locator("main")).containsText("Bram Browser");
        assertThat(schoolPage.locator("main a[href='mailto:" + email + "']")).hasCount(1);
        browser.assertAccessibleAtBothWidths(schoolPage);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(email).query(Integer.class)
                .single()).as("asked and accepted").isEqualTo(2);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
