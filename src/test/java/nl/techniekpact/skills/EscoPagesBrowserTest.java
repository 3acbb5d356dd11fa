package nl.techniekpact.skills;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.skills.internal.EscoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ESCO pages under /vaardigheden in Chromium, on the bundled ESCO files: a Dutch search typed with the form
 * ("lasser"), its result, an occupation page and a skill page, each in Dutch and in English ({@code ?lang=en}).
 * axe-core finds no WCAG 2.1 AA violation on any of them at desktop (1280 px) and mobile (375 px) width, and the
 * browser logs no console error.
 */
@PlatformIntegrationTest
class EscoPagesBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    EscoDataLoader loader;

    @BeforeEach
    void load() {
        loader.loadIfEmpty();
    }

    @Test
    void searchAResultAndConceptPagesInDutchAndEnglish() {
        BrowserSession browser = BROWSER.session();
        Page page = browser.newPage();

        page.navigate(url("/vaardigheden"));
        assertThat(page.locator("h1")).hasText("Beroepen en vaardigheden");
        browser.assertAccessibleAtBothWidths(page);

        // a Dutch search through the form, as people use it without JavaScript
        page.getByLabel("Zoek een beroep of vaardigheid").fill("lasser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        assertThat(page).hasURL(Pattern.compile(".*/vaardigheden\\?q=lasser.*"));
        assertThat(page.locator("main h2")).containsText("gevonden");
        Locator welder = page.locator("main li").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("lasser").setExact(true))));
        assertThat(welder.first()).containsText("(beroep)");
        browser.assertAccessibleAtBothWidths(page);

        // the occupation in Dutch, then in English
        welder.first().getByRole(AriaRole.LINK).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/vaardigheden/beroep/7aedaa07-3884-4c5b-88f9-80997b2aa54b$"));
        assertThat(page.locator("h1")).hasText("lasser");
        assertThat(page.locator("main")).containsText("ESCO-versie");
        assertThat(page.locator("main")).containsText("ISCO-beroepsgroep");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main")).containsText("ESCO version");
        assertThat(page.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(page);

        // an English search and a skill page in English, then in Dutch
        page.navigate(url("/vaardigheden?q=give+advice&kind=skill&lang=en"));
        assertThat(page.locator("main h2")).containsText("found");
        browser.assertAccessibleAtBothWidths(page);
        Locator advise = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("give advice to others").setExact(true));
        advise.first().click();
        assertThat(page).hasURL(Pattern.compile(".*/vaardigheden/vaardigheid/045f71e6-0699-4169-8a54-9c6b96f3174d.*"));
        assertThat(page.locator("h1")).hasText("give advice to others");
        assertThat(page.locator("main")).containsText("skill or knowledge");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=nl");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasText("advies aan anderen geven");
        assertThat(page.locator("main")).containsText("vaardigheid of kennis");
        browser.assertAccessibleAtBothWidths(page);

        // nothing found, in Dutch
        page.navigate(url("/vaardigheden?q=qqqqqqqqqq"));
        assertThat(page.locator("main")).containsText("Niets gevonden");
        browser.assertAccessibleAtBothWidths(page);

        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
