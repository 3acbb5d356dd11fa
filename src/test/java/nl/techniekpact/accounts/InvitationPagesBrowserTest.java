package nl.techniekpact.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office invites a coordinator in Chromium, the coordinator opens the link from the e-mail (GreenMail), makes a
 * mistake, chooses a password and lands on their tasks; the accounts page, the invitation page and the outbox pass
 * axe-core at desktop and mobile width, in Dutch and English.
 */
@PlatformIntegrationTest
class InvitationPagesBrowserTest {

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

    @BeforeEach
    void useBrowser() {
        browser = BROWSER.session();
    }

    @Test
    void officeInvitesAndTheCoordinatorSetsTheirOwnPassword() {
        var officeUser = users.create(Role.OFFICE, "office");
        String email = "coordinator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Page office = browser.signIn(url(""), officeUser.email());
        office.navigate(url("/office/users"));
        browser.assertAccessibleAtBothWidths(office);
        office.getByLabel("E-mailadres").fill(email);
        office.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Sanne de Boer");
        office.getByLabel("Rol").selectOption("COORDINATOR");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en uitnodiging sturen"))
                .click();
        assertThat(office).hasTitle(Pattern.compile("^Fout: "));
        assertThat(office.locator(".tp-error-summary")).isFocused(); // no organisation chosen
        office.getByLabel("Organisatie").selectOption("region:TL01");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en uitnodiging sturen"))
                .click();
        assertThat(office.locator("[role=status]").first()).containsText("Uitnodiging verstuurd naar Sanne de Boer");
        assertThat(office.locator("tr", new Page.LocatorOptions().setHasText(email))).containsText("uitgenodigd");
        browser.assertAccessibleAtBothWidths(office);
        office.navigate(url("/office/outbox"));
        assertThat(office.locator("main")).containsText(email);
        browser.assertAccessibleAtBothWidths(office);
        office.navigate(url("/office/outbox?lang=en"));
        assertThat(office.locator("h1")).hasText("Outgoing e-mail");
        browser.assertAccessible(office);

        String link = invitationLink(email);
        Page person = browser.newPage();
        person.navigate(link);
        assertThat(person.locator("main")).containsText("Beste Sanne de Boer");
        browser.assertAccessibleAtBothWidths(person);
        person.getByLabel("Kies een wachtwoord").fill("Sanne-Eigen-2026!");
        person.getByLabel("Herhaal het nieuwe wachtwoord").fill("Sanne-Anders-2026!");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord instellen en inloggen")).click();
        assertThat(person).hasTitle(Pattern.compile("^Fout: "));
        assertThat(person.locator(".tp-error-summary")).isFocused();
        assertThat(person.locator("#confirmation-error")).containsText("niet gelijk");
        browser.assertAccessibleAtBothWidths(person);
        person.getByLabel("Kies een wachtwoord").fill("Sanne-Eigen-2026!");
        person.getByLabel("Herhaal het nieuwe wachtwoord").fill("Sanne-Eigen-2026!");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord instellen en inloggen")).click();
        assertThat(person).hasURL(Pattern.compile(".*/tasks\\?welcome$"));
        assertThat(person.locator("[role=status]")).containsText("u bent ingelogd");
        browser.assertAccessibleAtBothWidths(person);
        person.navigate(link + "&lang=en");
        assertThat(person.locator("[role=alert]")).containsText("no longer) valid");
        browser.assertAccessible(person);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String invitationLink(String email) {
        Matcher found = Pattern.compile("http\\S+/password/invitation\\?token=[A-Za-z0-9_-]+")
                .matcher(new nl.techniekpact.Mails(greenMail, outbox).text(email, "Uitnodiging"));
        assertThat(found.find()).isTrue();
        // the e-mail links to the configured public address; the test platform listens on its own port
        return found.group().replaceFirst("^https?://[^/]+", url(""));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
