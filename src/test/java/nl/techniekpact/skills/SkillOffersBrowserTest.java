package nl.techniekpact.skills;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.techniekpact.skills.SkillProfileFixtures.LASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.WELD_EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.loket.LoketParties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A company member creates a vacancy in Chromium (a refused empty form first), picks two skills by ESCO search and
 * publishes it; a person whose profile shares a skill sees it among the vacancies that fit, with what they have
 * and lack, in Dutch and English. axe-core finds no WCAG 2.1 AA violation at desktop and mobile width.
 */
@PlatformIntegrationTest
class SkillOffersBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    SkillProfileFixtures fixtures;
    @Autowired
    LoketParties parties;

    @Test
    void aVacancyMadeByACompanyShowsInAPersonsMatches() {
        fixtures.loadEsco();
        fixtures.loadConstructedRelations();
        BrowserSession browser = BROWSER.session();
        LoketParties.Person member = parties.companyMember(parties.company("Lasbedrijf Boog"), "CONFIRMED", port);
        Page page = browser.signIn(url(""), member.email());
        page.navigate(url("/vaardigheden/vacatures/beheer"));
        assertThat(page.locator("h1")).hasText("Vacatures van uw bedrijf");
        browser.assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmaken")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul een titel in");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("Titel").fill("Lasser MAG gezocht");
        page.getByLabel("Plaats").fill("Utrecht");
        page.getByLabel("Uren per week").fill("32");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmaken")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aangemaakt");

        search(page, "welding equipment");
        button(page, "Als vaardigheid toevoegen", "use welding equipment").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vaardigheid toegevoegd");
        search(page, "metal active gas welding");
        browser.assertAccessibleAtBothWidths(page);
        button(page, "Als vaardigheid toevoegen", "perform metal active gas welding").click();
        Locator skills = page.locator("#skill + ul");
        assertThat(skills).containsText("use welding equipment");
        assertThat(skills).containsText("perform metal active gas welding");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gepubliceerd");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=en");
        assertThat(page.locator("h1")).hasText("Edit vacancy: Lasser MAG gezocht");
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lasser MAG gezocht")).click();
        assertThat(page.locator("h1")).hasText("Lasser MAG gezocht");
        assertThat(page.locator("main")).containsText("Company: Lasbedrijf Boog");
        assertThat(page.locator("main")).not().containsText(member.email());
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(url("/vaardigheden?lang=nl"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vacatures met vaardigheden")).click();
        assertThat(page.locator("main li").first()).containsText("Lasser MAG gezocht — Lasbedrijf Boog · Utrecht");
        browser.assertAccessibleAtBothWidths(page);
        assertThat(page.navigate(url("/vaardigheden/opleidingen/beheer")).status()).as("a company keeps no trainings")
                .isEqualTo(403);

        TestUsers.User person = fixtures.person();
        var web = fixtures.signedIn(person, port);
        web.post("/vaardigheden/profiel/beroepen", Map.of("uri", LASSER));
        web.post("/vaardigheden/profiel/vaardigheden", Map.of("uri", WELD_EQUIPMENT));
        Page own = browser.signIn(url(""), person.email());
        own.navigate(url("/vaardigheden/profiel/passend"));
        Locator vacancy = own.locator("li.tp-vacancy-match").first();
        assertThat(vacancy.locator("h3")).hasText("Lasser MAG gezocht");
        assertThat(vacancy).containsText("Bedrijf: Lasbedrijf Boog");
        assertThat(vacancy).containsText("Wat u al hebt (1)");
        assertThat(vacancy).containsText("Wat u nog mist (1)");
        assertThat(vacancy).containsText("perform metal active gas welding");
        browser.assertAccessibleAtBothWidths(own);
        own.navigate(url("/vaardigheden/profiel/passend?lang=en"));
        assertThat(own.locator("#vacancies")).hasText("Vacancies that fit you");
        assertThat(own.locator("li.tp-vacancy-match").first()).containsText("What you still lack (1)");
        browser.assertAccessibleAtBothWidths(own);
        own.navigate(url("/vaardigheden/profiel?lang=nl"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void search(Page page, String query) {
        page.getByLabel("Zoek een vaardigheid of beroep, in het Nederlands of Engels").fill(query);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken").setExact(true)).click();
    }

    private static Locator button(Page page, String text, String what) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + Pattern.quote(text).replace("\\Q", "").replace("\\E", "")
                        + "\\s*: " + what + "$")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
