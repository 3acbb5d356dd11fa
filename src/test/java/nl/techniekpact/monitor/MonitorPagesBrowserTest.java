package nl.techniekpact.monitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.importers.MalformedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitor pages in Chromium with the real DUO, CBS and boundary files loaded: overview, indicator page with
 * chart and table, regional comparison, map, both languages; the office's import with progress and the error
 * report. axe-core finds 0 WCAG 2.1 AA violations on every page.
 */
@PlatformIntegrationTest
class MonitorPagesBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    TestUsers users;

    @BeforeEach
    void setUp() {
        browser = BROWSER.session();
        MonitorFixtures.loadHbo(imports);
        MonitorFixtures.loadMbo(imports);
        MonitorFixtures.loadBoundaries(imports);
    }

    @Test
    void publicMonitorPages() {
        Page page = browser.newPage();
        page.navigate(url("/monitor"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Techniekpactmonitor")))
                .isVisible();
        assertThat(page.locator("main")).containsText("Mbo-deelnemers in de sector techniek");
        browser.assertAccessible(page);

        page.navigate(url("/monitor/indicatoren/mbo-aandeel-techniek"));
        assertThat(page.locator("svg[role=img]")).hasCount(1);
        Locator rows = page.locator("#series-table tbody tr");
        assertThat(rows.count()).isGreaterThanOrEqualTo(5);
        assertThat(page.locator("#series-table")).containsText("2019/2020");
        assertThat(page.locator("main")).containsText("30");      // the seeds' 30 % target
        browser.assertAccessible(page);

        page.navigate(url("/monitor/indicatoren/ho-eerstejaars-techniek?region=PV27&geslacht=vrouw"));
        assertThat(page.locator("#series-table tbody tr").count()).isGreaterThanOrEqualTo(5);
        browser.assertAccessible(page);

        page.navigate(url("/monitor/indicatoren/ho-eerstejaars-techniek/regios?kind=PROVINCE"));
        assertThat(page.locator("#comparison-table tbody tr")).hasCount(12);
        assertThat(page.locator("svg[role=img]")).hasCount(1);
        browser.assertAccessible(page);

        page.navigate(url("/monitor/indicatoren/ho-eerstejaars-techniek/kaart?kind=LABOUR_MARKET_REGION"));
        assertThat(page.locator("svg[role=img] path[data-code]")).hasCount(35);
        assertThat(page.locator("#comparison-table tbody tr")).hasCount(35);
        browser.assertAccessible(page);
        browser.screenshot(page, "monitor-map");

        page.navigate(url("/monitor/indicatoren/ho-aandeel-vrouwen-techniek?lang=en"));
        assertThat(page.locator("h1")).containsText("Share of women");
        browser.assertAccessible(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void officeImportsAFileAndReadsTheErrorReport() throws Exception {
        var office = users.create(Role.OFFICE, "office");
        Page page = browser.signIn(url(""), office.email());
        page.navigate(url("/office/monitor/imports"));
        browser.assertAccessible(page);

        // Without a file: the error next to the field.
        page.getByLabel("Formaat").selectOption("duo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren")).click();
        assertThat(page.locator("#file-error")).containsText("Kies een bestand");
        browser.assertAccessible(page);

        // A DUO file with text in a number: FAILED, with line and column, nothing imported.
        String broken = MalformedFiles.HBO_HEADER + "\r\nGroningen;0014;Groningen;reguliere inst.;bachelor;25BE;Hanze;techniek;"
                + "n.v.t. (techniek);34267;B Elektrotechniek;voltijd onderwijs;man;31;veel;25;25;1\r\n";
        page.getByLabel("Formaat").selectOption("duo");
        page.getByLabel("Bestand").setInputFiles(new FilePayload("hbo_eerstejaars_kapot.csv", "text/csv",
                broken.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren")).click();
        assertThat(page.locator("#import-errors")).containsText("BAD_NUMBER", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#import-errors tbody tr").first()).containsText("2");
        browser.assertAccessible(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
