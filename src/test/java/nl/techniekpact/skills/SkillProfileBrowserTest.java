package nl.techniekpact.skills;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person builds a skills profile in Chromium (search in Dutch, add an occupation, take its skills, add a skill found
 * in English, remove one) through to the occupations that fit, with what they share and lack, in Dutch and English;
 * axe-core finds no WCAG 2.1 AA violation on any page at desktop and at mobile width. Matching uses the constructed
 * occupation–skill relations (test data, see its README).
 */
@PlatformIntegrationTest
class SkillProfileBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    SkillProfileFixtures fixtures;

    @Test
    void buildsAProfileThroughToMatchesWithTheirGaps() {
        fixtures.loadEsco();
        fixtures.loadConstructedRelations();
        BrowserSession browser = BROWSER.session();
        Page page = browser.signIn(url(""), fixtures.person().email());
        page.navigate(url("/vaardigheden/profiel"));
        assertThat(page.locator("h1")).hasText("Mijn vaardigheden");
        browser.assertAccessibleAtBothWidths(page);

        page.getByLabel("Zoek een beroep of vaardigheid, in het Nederlands of Engels").fill("lasser");
        page.getByLabel("Soort").selectOption("occupation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        browser.assertAccessibleAtBothWidths(page);
        button(page, "Toevoegen", "lasser").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Toegevoegd aan uw profiel");
        button(page, "Vaardigheden van dit beroep toevoegen", "lasser").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("essentiële vaardigheden");
        Locator skills = page.locator("#skill + ul");
        assertThat(skills).containsText("use welding equipment");
        assertThat(skills).containsText("van het beroep lasser");

        page.getByLabel("Zoek een beroep of vaardigheid, in het Nederlands of Engels").fill("teamwork principls");
        page.getByLabel("Soort").selectOption("skill");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        button(page, "Toevoegen", "teamwork principles").click();
        assertThat(skills).containsText("teamwork principles");
        assertThat(skills).containsText("zelf gekozen");
        button(page, "Verwijderen", "wear appropriate protective gear").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Verwijderd");
        assertThat(skills).not().containsText("wear appropriate protective gear");
        browser.assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beroepen die bij u passen")).click();
        assertThat(page.locator("h1")).hasText("Beroepen die bij u passen");
        Locator first = page.locator("li.tp-match").first();
        assertThat(first.locator("h2")).hasText("pijplasser");
        assertThat(first).containsText("technisch beroep");
        assertThat(first).containsText("Wat u al hebt");
        assertThat(first).containsText("Wat u nog mist (2)");
        assertThat(first).containsText("perform metal active gas welding");
        assertThat(first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Regelingen die omscholen naar techniek of ICT betalen"))).hasAttribute("href",
                "/regelingen/vinden?doel=RETRAINING_TECH_ICT");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate(url("/vaardigheden/profiel/passend?lang=en"));
        assertThat(page.locator("h1")).hasText("Occupations that fit you");
        assertThat(page.locator("li.tp-match").first()).containsText("What you still lack (2)");
        assertThat(page.locator("li.tp-match").first()).containsText("technical occupation");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(url("/vaardigheden/profiel?lang=en"));
        assertThat(page.locator("h1")).hasText("My skills");
        assertThat(button(page, "Remove", "lasser")).isVisible();
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(url("/vaardigheden/profiel?lang=nl"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A button whose name starts with its visible text and ends with what it acts on (a hidden ": …"). */
    private static Locator button(Page page, String text, String what) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + literal(text) + "\\s*: " + literal(what) + "$")));
    }

    /** Escaped for a JavaScript regular expression (Playwright hands the pattern to the browser; no \\Q…\\E there). */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
