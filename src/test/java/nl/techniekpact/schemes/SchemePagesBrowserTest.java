package nl.techniekpact.schemes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
 * The catalogue in Chromium, in Dutch and English: the list, a filter (a plain form), a scheme's page with its
 * sources and unknown facts; the office's upload of a broken file, whose line the error summary names. axe-core
 * finds no WCAG 2.1 AA violation at desktop and mobile width on any of these pages.
 */
@PlatformIntegrationTest
class SchemePagesBrowserTest {

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @LocalServerPort
    int port;
    @Autowired
    SchemeImports imports;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorFiltersTheListAndReadsASchemeWithItsSources() {
        imports.run(SchemeListLoader.files(), nl.techniekpact.audit.Actor.system("test"), false);
        BrowserSession browser = BROWSER.session();
        Page page = browser.newPage();
        page.navigate(url("/regelingen?lang=nl"));
        assertThat(page.locator("h1")).hasText("Regelingen");
        assertThat(page.locator("main table")).containsText("Omscholing naar kansrijke beroepen in de ICT en techniek");
        browser.assertAccessibleAtBothWidths(page);

        page.getByLabel("Wie mag aanvragen").selectOption("EMPLOYER_SME");
        page.getByLabel("Niveau").selectOption("PROVINCE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon regelingen")).click();
        assertThat(page).hasURL(Pattern.compile(".*who=EMPLOYER_SME.*level=PROVINCE.*"));
        assertThat(page.locator("main table")).containsText("Regeling natuurlijk sneller bouwen");
        assertThat(page.locator("main table")).not().containsText("Digital Europe");
        browser.assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regeling natuurlijk sneller bouwen")).click();
        assertThat(page.locator("h1")).hasText("Regeling natuurlijk sneller bouwen");
        assertThat(page.locator("main")).containsText("Circulair-Bouwen.csv");
        assertThat(page.locator("main")).containsText("onbekend");
        assertThat(page.locator("main")).containsText("5 september 2022");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate(url("/regelingen?lang=en"));
        assertThat(page.locator("h1")).hasText("Schemes");
        page.getByLabel("What for").selectOption("RETRAINING_TECH_ICT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show schemes")).click();
        assertThat(page.locator("main table")).containsText("Omscholing naar kansrijke beroepen in de ICT en techniek");
        browser.assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Omscholing naar kansrijke beroepen in de ICT en techniek")).click();
        assertThat(page.locator("main")).containsText("Source and date");
        assertThat(page.locator("main")).containsText("closed");
        assertThat(page.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theOfficeSeesTheLineOfABrokenFile() {
        BrowserSession browser = BROWSER.session();
        int schemes = jdbc.sql("select count(*) from scheme").query(Integer.class).single();
        Page office = browser.signIn(url(""), users.create(Role.OFFICE, "office").email());
        byte[] broken = """
                Naam,Afkorting,Niveau,Subsidieverstrekker,Datum open,Datum sluiting
                Goede regeling,GR,Nationaal,RVO,9/26/2022,12/1/2022
                Kapotte regeling,KR,Nationaal,RVO,13/13/2022,12/1/2022
                """.getBytes(StandardCharsets.UTF_8);
        for (String lang : new String[] {"nl", "en"}) {
            office.navigate(url("/office/regelingen/import?lang=" + lang));
            browser.assertAccessibleAtBothWidths(office);
            office.locator("#publisher").fill("Browsertest");
            office.locator("#file").setInputFiles(new FilePayload("kapot.csv", "text/csv", broken));
            office.locator("main form button[type=submit]").click();
            String line = "nl".equals(lang) ? "kapot.csv, regel 3:" : "kapot.csv, line 3:";
            assertThat(office.getByRole(AriaRole.ALERT)).containsText(line);
            assertThat(office.getByRole(AriaRole.ALERT)).containsText("13/13/2022");
            assertThat(office.locator("#file-error")).containsText(line);
            assertThat(office.locator("#file")).hasAttribute("aria-invalid", "true");
            browser.assertAccessibleAtBothWidths(office);
        }
        assertThat(jdbc.sql("select count(*) from scheme").query(Integer.class).single()).isEqualTo(schemes);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
