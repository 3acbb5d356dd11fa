package nl.techniekpact.rounds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole round over a 2018 theme in Chromium, as the office and a partner's new staff member do it: the office
 * opens the round and is told nobody can report, invites a person, opens the round; the person follows the
 * invitation, chooses a password, follows the task link from the round's e-mail, finds the form, makes a mistake,
 * checks and submits; the office returns it, the person resubmits, the office approves after a confirmation; the
 * theme's public page shows it. axe-core on every page at desktop and mobile width, no sideways scrolling at 390 px.
 */
@PlatformIntegrationTest
class ThemeRoundBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void useBrowser() {
        browser = BROWSER.session();
    }

    @Test
    void invitationToApprovedThemeStatus() {
        var officeUser = users.create(Role.OFFICE, "office");
        String partner = jdbc.sql("""
                        select p.id from partner p where not exists (
                            select 1 from organisation o join app_user u on u.organisation_id = o.id
                            where o.partner_id = p.id) order by p.id desc limit 1""").query(String.class).single();
        String partnerName = jdbc.sql("select name from partner where id = ?").param(partner).query(String.class).single();
        String roundName = "Thema-ronde " + UUID.randomUUID().toString().substring(0, 6);
        Page office = browser.signIn(url(""), officeUser.email());
        office.navigate(url("/office"));
        browser.assertAccessibleAndFitsAPhone(office);
        browser.screenshotBothWidths(office, "office-start");

        office.navigate(url("/office/rounds"));
        browser.assertAccessibleAndFitsAPhone(office);
        office.getByLabel("Naam van de ronde").fill(roundName);
        office.getByLabel("Peildatum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().toString());
        office.getByLabel("Uiterste datum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(21).toString());
        office.getByLabel("Zoek op nummer, titel of trekker").fill("instroom techniek");
        assertThat(office.locator("#item-2013-A01")).isHidden(); // the search box narrows the list
        office.locator("#item-2018-T1").check();
        office.locator("#partner-2018-T1").selectOption(partner);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde openen")).click();
        assertThat(office.locator(".tp-error-summary")).containsText("thema 2018-T1");
        assertThat(office.locator(".tp-error-summary")).isFocused();
        browser.assertAccessibleAndFitsAPhone(office);
        browser.screenshotBothWidths(office, "round-open-nobody-can-report");

        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nodig iemand uit (accounts)")).click();
        String email = "thema-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        office.getByLabel("E-mailadres").fill(email);
        office.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Lotte Bakker");
        office.getByLabel("Rol").selectOption("OWNER");
        office.getByLabel("Organisatie").selectOption("partner:" + partner);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en uitnodiging sturen")).click();
        assertThat(office.locator("[role=status]").first()).containsText("Uitnodiging verstuurd naar Lotte Bakker");

        Page person = browser.newPage();
        person.navigate(link(email, "Uitnodiging", "/password/invitation\\?token=[A-Za-z0-9_-]+"));
        browser.assertAccessibleAndFitsAPhone(person);
        browser.screenshotBothWidths(person, "invitation");
        person.getByLabel("Kies een wachtwoord").fill("Lotte-Eigen-2026!");
        person.getByLabel("Herhaal het nieuwe wachtwoord").fill("Lotte-Eigen-2026!");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord instellen en inloggen")).click();
        assertThat(person.locator("[role=status]")).containsText("u bent ingelogd");

        office.navigate(url("/office/rounds"));
        office.getByLabel("Naam van de ronde").fill(roundName);
        office.getByLabel("Peildatum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().toString());
        office.getByLabel("Uiterste datum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(21).toString());
        office.locator("#item-2018-T1").check();
        office.locator("#partner-2018-T1").selectOption(partner);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde openen")).click();
        assertThat(office.locator("[role=status]").first()).containsText("Een e-mail is verstuurd aan");
        assertThat(office.locator("[role=status]").first()).containsText(email);
        browser.assertAccessibleAndFitsAPhone(office);

        // the task link in the round's e-mail, as the person signed in already
        person.navigate(link(email, "Techniekpact: rapportageronde", "/tasks/[0-9a-f-]{36}"));
        assertThat(person.locator("h1")).containsText("2018-T1");
        browser.assertAccessibleAndFitsAPhone(person);
        browser.screenshotBothWidths(person, "task-form");
        person.getByLabel("rood: vertraagd").check();
        person.getByLabel("Stand van zaken", new Page.GetByLabelOptions().setExact(true))
                .fill("De regio's hebben hun plannen ingediend.");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        assertThat(person.locator(".tp-error-summary")).containsText("Bij vertraagd is een reden verplicht.");
        browser.assertAccessibleAndFitsAPhone(person);
        person.getByLabel("blauw: op schema").check();
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        assertThat(person.locator("h1")).hasText("Controleer uw rapportage");
        browser.assertAccessibleAndFitsAPhone(person);
        browser.screenshotBothWidths(person, "check-answers");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij het programmabureau")).click();
        assertThat(person.locator("[role=status]")).containsText("ingediend");

        office.navigate(url("/office"));
        assertThat(office.locator("main")).containsText("2018-T1");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2018-T1")).first().click();
        browser.assertAccessibleAndFitsAPhone(office);
        office.getByLabel("Opmerking", new Page.GetByLabelOptions().setExact(true)).fill("Noem ook het aantal regio's.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen")).click();
        assertThat(office.locator("[role=status]")).containsText("Teruggestuurd");

        person.navigate(url("/tasks"));
        person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2018-T1")).first().click();
        assertThat(person.locator("main")).containsText("Noem ook het aantal regio's.");
        person.getByLabel("Stand van zaken", new Page.GetByLabelOptions().setExact(true))
                .fill("De 78 regio's hebben hun plannen ingediend.");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij het programmabureau")).click();
        assertThat(person.locator("[role=status]")).containsText("ingediend");

        office.navigate(url("/office"));
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2018-T1")).first().click();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren en publiceren…")).click();
        browser.assertAccessibleAndFitsAPhone(office);
        browser.screenshotBothWidths(office, "review-confirm");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, goedkeuren en publiceren")).click();
        assertThat(office.locator("[role=status]")).containsText("Goedgekeurd");

        Page visitor = browser.newPage();
        visitor.navigate(url("/themes/2018-T1"));
        assertThat(visitor.locator("main")).containsText("De 78 regio's hebben hun plannen ingediend.");
        assertThat(visitor.locator("main")).containsText("rapportageronde " + roundName);
        browser.assertAccessibleAndFitsAPhone(visitor);
        browser.screenshotBothWidths(visitor, "theme-page");
        visitor.navigate(url("/themes/2018-T1?lang=en"));
        browser.assertAccessibleAndFitsAPhone(visitor);
        assertThat(partnerName).isNotBlank();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String link(String email, String subject, String pathPattern) {
        Pattern path = Pattern.compile("https?://[^/\\s]+(" + pathPattern + ")");
        for (MimeMessage m : new nl.techniekpact.Mails(greenMail, outbox).to(email, subject)) {
            Matcher found = path.matcher(nl.techniekpact.Mails.body(m));
            if (found.find()) {
                return url(found.group(1)); // the e-mail has the public address; the test platform its own port
            }
        }
        throw new AssertionError("no link " + pathPattern + " in '" + subject + "' for " + email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
