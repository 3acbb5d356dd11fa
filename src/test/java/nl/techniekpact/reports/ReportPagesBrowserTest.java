package nl.techniekpact.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report pages in Chromium: the list, the current reports of 2013 (lines, appendix of 22 actions) and 2018
 * (themes with examples, a monitor chart), the office freezing a report with the form, the frozen report and
 * the diff page. axe-core finds 0 WCAG 2.1 AA violations on every page; no CSP errors.
 */
@PlatformIntegrationTest
class ReportPagesBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MonitorImports imports;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void setUp() {
        browser = BROWSER.session();
        MonitorFixtures.loadMbo(imports);
    }

    @Test
    void publicReportPagesAreAccessible() {
        Page page = browser.newPage();
        page.navigate(url("/reports"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapportages").setLevel(1)))
                .isVisible();
        browser.assertAccessible(page);

        page.navigate(url("/reports/progress/2013"));
        assertThat(page.locator(".tp-report__action")).hasCount(22);
        assertThat(page.locator("#bijlage")).containsText("kleur onbekend");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        browser.assertAccessibleAndFitsAPhone(page);
        browser.screenshot(page, "report-progress-2013");

        page.navigate(url("/reports/progress/2018?date=2019-05-20"));
        assertThat(page.locator("[id='2018-T1']")).containsText("Voorbeelden uit de regio");
        browser.assertAccessible(page);

        page.navigate(url("/reports/progress/2013?lang=en"));
        assertThat(page.locator("#bijlage h2")).containsText("Appendix");
        browser.assertAccessible(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void factsheetPagesAreAccessible() {
        Page page = browser.newPage();
        page.navigate(url("/factsheets"));
        assertThat(page.locator("main ul li a:not([href*='/factsheets/vmbo-'])")).hasCount(47);
        browser.assertAccessible(page);

        page.navigate(url("/factsheets/PV27"));
        assertThat(page.locator("h1")).containsText("Techniekonderwijs in Noord-Holland");
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        browser.assertAccessibleAndFitsAPhone(page);
        browser.screenshotBothWidths(page, "factsheet-PV27-page");
        browser.screenshot(page, "factsheet-PV27");

        page.navigate(url("/factsheets/AM18"));
        assertThat(page.locator("h1")).containsText("arbeidsmarktregio");
        browser.assertAccessibleAndFitsAPhone(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void vmboPortraitPagesAreAccessible() {
        VmboPortraitsIntegrationTest.load(imports, jdbc);
        try {
            Page page = browser.newPage();
            page.navigate(url("/factsheets"));
            assertThat(page.locator("main a[href='/factsheets/vmbo-RMC21']")).hasText("Agglomeratie Amsterdam");
            browser.assertAccessible(page);

            page.navigate(url("/factsheets/vmbo-RMC21"));
            assertThat(page.locator("h1")).containsText("Vmbo en techniek in RMC-regio Agglomeratie Amsterdam (indeling 2016)");
            assertThat(page.locator("main table tbody tr").first()).isVisible();
            assertThat(page.locator("svg[role=img]").first()).isVisible();
            assertThat(page.locator("main")).containsText("Sterk Techniekonderwijs");
            browser.assertAccessibleAndFitsAPhone(page);
            browser.screenshot(page, "factsheet-vmbo-RMC21");

            page.navigate(url("/factsheets/vmbo-RMC01?lang=en"));
            assertThat(page.locator("h1")).containsText("Vmbo and technology in RMC region");
            browser.assertAccessible(page);
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            VmboPortraitsIntegrationTest.removeIndicator(jdbc);
            events.publishEvent(new nl.techniekpact.shared.PactChanged("test"));
        }
    }

    @Test
    void officeFreezesAReportAndComparesTwo() {
        var office = users.create(Role.OFFICE, "office");
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(office.email());
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        page.navigate(url("/office/reports"));
        browser.assertAccessible(page);
        page.getByLabel("Editie").selectOption("2016");
        page.getByLabel("Peildatum").fill("2017-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapportage vaststellen")).click();
        assertThat(page.locator("main")).containsText("Vastgestelde rapportage met peildatum 1 juni 2017");
        browser.assertAccessible(page);

        page.navigate(url("/office/reports"));
        page.getByLabel("Editie").selectOption("2016");
        page.getByLabel("Peildatum").fill("2017-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapportage vaststellen")).click();
        assertThat(page.locator(".utrecht-alert")).containsText("al een rapportage vastgesteld");
        browser.assertAccessible(page);

        page.getByLabel("Peildatum").fill("2018-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapportage vaststellen")).click();
        assertThat(page.locator("main")).containsText("Vergeleken met de vastgestelde rapportage met peildatum 1 juni 2017");

        page.navigate(url("/office/factsheets"));
        browser.assertAccessible(page);

        page.navigate(url("/reports/diff"));
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken")).click();
        assertThat(page.locator("main h2")).containsText("Wat veranderde");
        browser.assertAccessible(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
