package nl.techniekpact.schemes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finder in Chromium: the four questions walked to a result (a missing and an unknown answer on the way, the
 * back link keeping the answer), in Dutch and in English, and the places-to-go page; axe-core finds no WCAG 2.1 AA
 * violation at desktop and mobile width. A second walk with JavaScript switched off reaches the same result.
 */
@PlatformIntegrationTest
class FinderBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;

    @BeforeEach
    void crosswalk() {
        MonitorFixtures.loadCrosswalk(imports);
    }

    @Test
    void aWorkerWalksTheFinderToTheSchemesAndPlacesThatFit() {
        BrowserSession browser = BROWSER.session();
        Page page = browser.newPage();
        page.navigate(url("/regelingen/vinden"));
        assertThat(page.locator("h1")).hasText("Wie bent u?");
        browser.assertAccessibleAtBothWidths(page);
        next(page, "Volgende vraag");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies wie u bent.");
        assertThat(page.locator("#wie-error")).containsText("Kies wie u bent.");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("Ik werk (werknemer)").check();
        next(page, "Volgende vraag");

        assertThat(page.locator("h1")).hasText("Waar woont of werkt u?");
        page.getByLabel("Waar woont of werkt u?").fill("Atlantis");
        next(page, "Volgende vraag");
        assertThat(page.locator("#plaats-error")).containsText("Wij kennen geen gemeente");
        assertThat(page.locator("#plaats")).hasAttribute("aria-invalid", "true");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("Waar woont of werkt u?").fill("3511 AB");
        next(page, "Volgende vraag");

        assertThat(page.locator("h1")).hasText("Wat wilt u?");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("Scholing of een cursus").check();
        next(page, "Volgende vraag");
        assertThat(page.locator("h1")).hasText("Wanneer wilt u aanvragen?");
        page.getByLabel("Nu", new Page.GetByLabelOptions().setExact(true)).check();
        next(page, "Toon de regelingen");

        assertThat(page.locator("h1")).hasText("Regelingen die bij u passen");
        assertThat(page.locator("main")).containsText("NL leert door");
        assertThat(page.locator("main")).containsText("Zij-instroom in ICT-vacatures");
        assertThat(page.locator("main")).containsText("provincie Utrecht");
        browser.assertAccessibleAtBothWidths(page);
        browser.screenshot(page, "finder-result");
        String result = page.url();
        assertThat(result).contains("/regelingen/vinden/resultaat?wie=werkende&plaats=3511", "wat=scholing", "wanneer=nu");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug")).click();
        assertThat(page.getByLabel("Nu", new Page.GetByLabelOptions().setExact(true))).isChecked();

        page.navigate(result + "&lang=en");
        assertThat(page.locator("h1")).hasText("Schemes that fit you");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(url("/regelingen/vinden?lang=en"));
        next(page, "Next question");
        assertThat(page.locator("#wie-error")).containsText("Choose who you are.");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate(url("/regelingen/loopbaanadvies?lang=nl"));
        assertThat(page.locator("h1")).hasText("Loopbaanadvies en scholing per regio");
        browser.assertAccessibleAtBothWidths(page);
        browser.screenshot(page, "finder-career-advice");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theFinderWorksWithoutJavaScript() {
        Page page = BROWSER.session().newPageWithoutJavaScript();
        page.navigate(url("/regelingen/vinden"));
        page.getByLabel("Werkgever in het mkb, minder dan 10 medewerkers").check();
        next(page, "Volgende vraag");
        page.getByLabel("Waar woont of werkt u?").fill("Groningen");
        next(page, "Volgende vraag");
        page.getByLabel("Samenwerken (een netwerk opzetten of uitbreiden)").check();
        next(page, "Volgende vraag");
        page.getByLabel("Binnen een jaar").check();
        next(page, "Toon de regelingen");
        assertThat(page.locator("h1")).hasText("Regelingen die bij u passen");
        assertThat(page.locator("main")).containsText("Regionaal Investeringsfonds mbo");
        assertThat(page.locator("main")).containsText("Scholingsalliantie Noord");
    }

    private static void next(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
