package nl.techniekpact.schemes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewed change in Chromium: a regional coordinator proposes a new scheme (errors in Dutch and English, a row
 * added without JavaScript), the office reviews the differences and approves, and the public history shows the
 * version with roles, never names. axe-core finds no WCAG 2.1 AA violation at desktop and mobile width.
 */
@PlatformIntegrationTest
class SchemeChangesBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void aCoordinatorProposesTheOfficeApprovesAndTheHistoryShowsIt() {
        BrowserSession browser = BROWSER.session();
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Page anna = browser.signIn(url(""), users.create(Role.COORDINATOR, "region:TL03").email());
        anna.navigate(url("/office/regelingen/wijzigingen"));
        assertThat(anna.locator("h1")).hasText("Wijzigingen van regelingen");
        accessible(browser, anna);
        anna.getByLabel("Regeling").selectOption("");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Formulier openen")).click();
        assertThat(anna.locator("h1")).hasText("Nieuwe regeling voorstellen");
        accessible(browser, anna);

        anna.locator("#window-0-opens").fill("2026-05-01");
        anna.locator("#window-0-closes").fill("2026-04-01");
        anna.locator("#window-0-source").fill("Regionaal blad");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel indienen")).click();
        assertThat(anna.getByRole(AriaRole.ALERT)).containsText("Controleer de gemarkeerde velden");
        assertThat(anna.locator("#window-0-closes-error")).containsText("kan niet sluiten voordat het opent");
        assertThat(anna.locator("#name")).hasAttribute("aria-invalid", "true");
        accessible(browser, anna);

        anna.navigate(url("/office/regelingen/wijzigingen/nieuw?lang=en"));
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal")).click();
        assertThat(anna.locator("#name-error")).containsText("Fill this in");
        assertThat(anna.locator("main")).not().containsText("??");
        accessible(browser, anna);
        anna.navigate(url("/office/regelingen/wijzigingen/nieuw?lang=nl"));

        anna.getByLabel("Korte naam in het webadres").fill(slug);
        anna.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Twentse leerregeling " + slug);
        anna.getByLabel("Niveau", new Page.GetByLabelOptions().setExact(true)).selectOption("REGION");
        anna.getByLabel("Regio", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Twente"));
        anna.getByLabel("Bron van naam, uitvoerder en niveau").fill("Regionaal blad Twente 2026");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een feit")).click();
        assertThat(anna.locator("#fact-1-stated")).isVisible();
        assertThat(anna.getByLabel("Korte naam in het webadres")).hasValue(slug);
        anna.locator("#fact-1-key").selectOption("MAX_AMOUNT");
        anna.locator("#fact-1-stated").fill("Maximaal € 2.500 per werknemer");
        anna.locator("#fact-1-amount").fill("2500");
        anna.locator("#fact-1-source").fill("Regionaal blad Twente 2026");
        anna.locator("#window-0-label").fill("Tranche 2026");
        anna.locator("#window-0-opens").fill("2026-03-01");
        anna.locator("#window-0-closes").fill("2026-03-31");
        anna.locator("#window-0-source").fill("Regionaal blad Twente 2026");
        anna.getByLabel("Reden van de wijziging").fill("Nieuwe regeling in Twente");
        anna.getByLabel("Bron van de wijziging").fill("Regionaal blad Twente 2026, nr. 7");
        accessible(browser, anna);
        browser.screenshot(anna, "scheme-change-form");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel indienen")).click();
        assertThat(anna.getByRole(AriaRole.STATUS)).containsText("Uw voorstel is ingediend");
        assertThat(anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren"))).hasCount(0);
        accessible(browser, anna);
        String review = anna.url().replaceAll("\\?.*", "");

        Page office = browser.signIn(url(""), users.create(Role.OFFICE, "office").email());
        office.navigate(review);
        assertThat(office.locator("table")).containsText("2026-03-31");
        assertThat(office.locator("table")).containsText("Maximaal € 2.500 per werknemer");
        accessible(browser, office);
        browser.screenshot(office, "scheme-change-review");
        office.getByLabel("Toelichting bij de beoordeling").fill("Klopt met het regionale blad");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren")).click();
        assertThat(office.getByRole(AriaRole.STATUS)).containsText("Goedgekeurd");
        accessible(browser, office);

        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geschiedenis van de regeling")).click();
        assertThat(office.locator("h1")).containsText("Geschiedenis van Twentse leerregeling");
        assertThat(office.locator("main")).containsText("Regiocoördinator");
        assertThat(office.locator("main")).containsText("Regionaal blad Twente 2026, nr. 7");
        assertThat(office.locator("main")).not().containsText("Test coordinator");
        accessible(browser, office);
        browser.screenshot(office, "scheme-history");
        office.navigate(url("/regelingen/" + slug + "/geschiedenis?lang=en"));
        assertThat(office.locator("main")).containsText("Regional coordinator");
        accessible(browser, office);
        office.navigate(url("/regelingen/" + slug + "/geschiedenis?lang=nl"));
    }

    private static void accessible(BrowserSession browser, Page page) {
        page.setViewportSize(1280, 900);
        browser.assertAccessible(page);
        page.setViewportSize(375, 800);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);
        org.assertj.core.api.Assertions.assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
