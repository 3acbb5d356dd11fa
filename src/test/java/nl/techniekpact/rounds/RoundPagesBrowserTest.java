package nl.techniekpact.rounds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.RoundViews.NewRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in, submitting an update (first refused: delayed without reason) and reviewing it, in Chromium, with
 * axe-core at 0 WCAG 2.1 AA violations on every page on the way.
 */
@PlatformIntegrationTest
class RoundPagesBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;

    @org.junit.jupiter.api.BeforeEach
    void useBrowser() {
        browser = BROWSER.session();
    }

    @Test
    void ownerSubmitsAndOfficeReviews() {
        var officeUser = users.create(Role.OFFICE, "office");
        var owner = users.create(Role.OWNER, "partner:topsectoren");   // owns 2013-A20
        String roundName = "Browser " + UUID.randomUUID().toString().substring(0, 6);
        rounds.open(accounts.byId(officeUser.id()).orElseThrow(), new NewRound(roundName, LocalDate.now(),
                LocalDate.now().plusDays(14), 7, List.of("2013-A20"), List.of()));

        Page page = signIn(owner.email());
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account$"));
        browser.assertAccessible(page);
        page.navigate(url("/tasks"));
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2013-A20")).first().click();
        assertThat(page.locator("h1")).containsText("2013-A20");
        browser.assertAccessible(page);

        assertThat(page.locator("#delayReason")).isHidden(); // shown only for "vertraagd" (with JavaScript)
        page.getByLabel("rood: vertraagd").check();
        assertThat(page.locator("#delayReason")).isVisible();
        page.getByLabel("Stand van zaken", new Page.GetByLabelOptions().setExact(true))
                .fill("De beurzen zijn voor de helft vergeven.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        assertThat(page.locator("#delayReason-error")).containsText("Bij vertraagd is een reden verplicht.");
        assertThat(page.locator("#delayReason")).hasAttribute("aria-invalid", "true");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
        assertThat(page.locator(".tp-error-summary")).isFocused();
        assertThat(page.locator(".tp-error-summary h2")).hasText("Er is een probleem");
        assertThat(page.locator(".tp-error-summary a[href='#delayReason']"))
                .hasText("Bij vertraagd is een reden verplicht.");
        browser.assertAccessible(page);
        browser.screenshot(page, "task-errors");

        page.getByLabel("Reden van de vertraging").fill("Minder aanmeldingen dan verwacht.");
        page.getByLabel("Maatregel om bij te sturen").fill("Extra wervingscampagne in het voorjaar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        assertThat(page.locator("h1")).hasText("Controleer uw rapportage"); // check your answers
        assertThat(page.locator("main")).containsText("Minder aanmeldingen dan verwacht.");
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen")).click();
        assertThat(page.getByLabel("Reden van de vertraging")).hasValue("Minder aanmeldingen dan verwacht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en indienen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij het programmabureau")).click();
        assertThat(page.locator("[role=status]")).containsText("ingediend");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

        Page office = signIn(officeUser.email());
        office.navigate(url("/office/rounds"));
        browser.assertAccessible(office);
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(roundName)).click();
        assertThat(office.locator("table")).containsText("ingediend");
        browser.assertAccessible(office);
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2013-A20")).click();
        assertThat(office.locator("main")).containsText("Minder aanmeldingen dan verwacht.");
        browser.assertAccessible(office);
        browser.screenshot(office, "review");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen")).click();
        assertThat(office).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
        Locator summary = office.locator(".tp-error-summary");
        assertThat(summary).isFocused(); // returning without a comment: the summary at the top, focused
        assertThat(summary.locator("a[href='#comment']")).isVisible();
        assertThat(office.locator("#comment-error")).isVisible();
        assertThat(office.locator("#comment")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(office);
        summary.locator("a[href='#comment']").click();
        assertThat(office.locator("#comment")).isInViewport();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren en publiceren…")).click();
        assertThat(office.locator(".tp-confirm")).containsText("openbare pagina van 2013-A20"); // a confirmation first
        assertThat(office.locator(".tp-confirm")).isFocused();
        browser.assertAccessibleAtBothWidths(office);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, goedkeuren en publiceren")).click();
        assertThat(office.locator("[role=status]")).containsText("Goedgekeurd");
        browser.assertAccessible(office);

        office.navigate(url("/office/rounds"));
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(roundName)).click();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde sluiten…")).click();
        assertThat(office.locator(".tp-confirm")).containsText("Ronde sluiten?");
        browser.assertAccessible(office);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ronde sluiten")).click();
        assertThat(office.locator("[role=status]")).containsText("gesloten");
        office.navigate(url("/actions/2013-A20"));
        assertThat(office.locator(".tp-status").first()).containsText("vertraagd");
        assertThat(office.locator("main")).containsText("Extra wervingscampagne in het voorjaar.");
        office.navigate(url("/office/audit"));
        browser.assertAccessible(office);
        office.navigate(url("/office/users"));
        browser.assertAccessible(office);
        office.navigate(url("/account?lang=en"));
        assertThat(office.locator("h1")).hasText("My account");
        browser.assertAccessible(office);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void loginPageAndErrorsAreAccessible() {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        browser.assertAccessible(page);
        page.getByLabel("E-mailadres").fill("niemand@example.org");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("verkeerd-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator("[role=alert]")).containsText("Onjuist e-mailadres of wachtwoord");
        browser.assertAccessible(page);
        page.navigate(url("/password/forgot"));
        browser.assertAccessible(page);
    }

    private Page signIn(String email) {
        return browser.signIn("http://localhost:" + port, email);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
