package nl.techniekpact.monitor;

import nl.techniekpact.TestPlatformProperties;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.sources.ReplayServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's live-sources page, the public open-data page and the sources section of an indicator page in
 * Chromium: form errors in both languages, a CBS table added and run against a local server replaying the real
 * recordings of 80137NED, licences and an unchanged download, credits on an indicator page, and the page closed
 * to everyone but the office. axe-core finds 0 WCAG 2.1 AA violations at desktop and mobile width. Own context
 * and database (the CBS base URLs point at the replay server), open-data bundle not loaded, scheduler off.
 */
@TestPlatformProperties
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "techniekpact.embedded-db.data-directory=target/embedded-postgres-source-pages",
        "techniekpact.sources.poll-initial-delay=PT24H", "techniekpact.sources.poll-interval=PT24H"})
class SourcesPagesBrowserTest {

    private static final ReplayServer CBS = ReplayServer.start();

    @RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    @DynamicPropertySource
    static void baseUrls(DynamicPropertyRegistry registry) {
        registry.add("techniekpact.sources.cbs-odata4-base-url", () -> CBS.url("/v4/"));
        registry.add("techniekpact.sources.cbs-odata3-base-url", () -> CBS.url("/v3/"));
    }

    @AfterAll
    static void stop() {
        CBS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    TestUsers users;

    @Test
    void officeSeesFormErrorsInBothLanguagesThenAddsAndRunsACbsTable() {
        BrowserSession browser = BROWSER.session();
        Page page = browser.signIn(url(""), users.create(Role.OFFICE, "office").email());
        page.navigate(url("/office/monitor/imports"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bronnen vernieuwen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/office/monitor/bronnen$"));
        assertThat(page.locator("h1")).hasText("Bronnen vernieuwen");
        browser.assertAccessibleAtBothWidths(page);

        // A DUO source whose address is not a web address: the summary links to the field, which says why.
        page.getByLabel("Soort bron").selectOption("duo");
        page.getByLabel("Bron", new Page.GetByLabelOptions().setExact(true)).fill("bestand.csv");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Controleer de gemarkeerde velden");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#identifier");
        assertThat(page.locator("#identifier-error")).containsText("volledige webadres van het DUO-bestand");
        assertThat(page.locator("#identifier")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#identifier")).hasValue("bestand.csv");
        browser.assertAccessibleAtBothWidths(page);

        // In English, a CBS table number far too long.
        page.navigate(url("/office/monitor/bronnen?lang=en"));
        page.getByLabel("Kind of source").selectOption("cbs-odata3");
        page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).fill("80137NED".repeat(300));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please check the marked fields");
        assertThat(page.locator("#identifier-error")).containsText("too long for a table identifier");
        assertThat(page.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(page);

        // Valid, in Dutch again: the table appears, is run, and its import is reported on the page.
        CBS.recordV3Jobs("80137NED");
        // another test class on the same database may have added this table already (a source exists once)
        jdbc.sql("delete from import_source where upper(identifier) = '80137NED'").update();
        page.navigate(url("/office/monitor/bronnen?lang=nl"));
        page.getByLabel("Soort bron").selectOption("cbs-odata3");
        page.getByLabel("Bron", new Page.GetByLabelOptions().setExact(true)).fill("80137ned");
        page.getByLabel("Elke hoeveel dagen").fill("90");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        Locator row = page.locator("#sources-table tbody tr").filter(new Locator.FilterOptions().setHasText("80137NED"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("elke 90 dagen");
        assertThat(row).containsText("nog niet opgehaald");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nu vernieuwen: bron 80137NED")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het ophalen is gestart");
        reloadUntilDone(page, row);
        assertThat(row).containsText(Pattern.compile("\\d+ nieuw, 0 herzien, 0 ongewijzigd"));
        assertThat(CBS.requests()).contains("/v3/80137NED/TypedDataSet");
        browser.assertAccessibleAtBothWidths(page);

        // The page speaks words, not codes: the kind and the DUO file kind as chosen from their lists.
        assertThat(row).containsText("CBS StatLine OData v3");
        page.getByLabel("Soort bron").selectOption("duo");
        page.getByLabel("Bron", new Page.GetByLabelOptions().setExact(true)).fill(CBS.url("/duo/mbo_inscriptions_2019.csv"));
        page.getByLabel("DUO-bestandssoort").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Deelnemers mbo"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        Locator duo = page.locator("#sources-table tbody tr").filter(new Locator.FilterOptions()
                .setHasText(CBS.url("/duo/mbo_inscriptions_2019.csv")));
        assertThat(duo).containsText("(Deelnemers mbo)");
        assertThat(duo).containsText("alleen op verzoek");
        assertThat(page.locator("#sources-table")).not().containsText(Pattern.compile("cbs-odata3|mbo-deelnemers"));
        browser.assertAccessibleAtBothWidths(page);

        row.getByRole(AriaRole.LINK).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/office/monitor/imports/\\d+$"));
        assertThat(page.locator("main")).containsText("80137NED");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void openDataPageShowsLicencesAndServesTheOriginalFiles() throws Exception {
        MonitorFixtures.loadMbo(imports);
        BrowserSession browser = BROWSER.session();
        Page page = browser.newPage();
        page.navigate(url("/open-data"));
        assertThat(page.locator("h1")).hasText("Open data: bronnen en licenties");
        Locator mbo = page.locator("#duo-mbo-deelnemers-2015-2019");
        assertThat(mbo).containsText("DUO");
        assertThat(mbo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open onderwijsdata (DUO)")))
                .hasAttribute("href", "https://duo.nl/open_onderwijsdata/");
        assertThat(mbo).containsText("Bron: DUO");
        assertThat(mbo).containsText(Pattern.compile("mbo_inscriptions_2019\\.csv:\\s+geladen op \\d+-\\d+-\\d{4} \\d{2}:\\d{2} \\(Nederlandse tijd\\)"));
        assertThat(mbo.locator("tbody")).containsText(Pattern.compile("\\d{1,3}(\\.\\d{3})+ bytes"));
        Locator cbs = page.locator("#cbs-odata3-80137ned-83599ned");
        assertThat(cbs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CC BY 4.0")))
                .hasAttribute("href", "https://creativecommons.org/licenses/by/4.0/deed.nl");
        assertThat(cbs).containsText("Bron: CBS");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CC BY 4.0").setExact(true)).count())
                .isGreaterThanOrEqualTo(3);
        browser.assertAccessibleAtBothWidths(page);

        Download download = page.waitForDownload(() -> mbo.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("mbo_inscriptions_2019.csv")).click());
        assertThat(download.suggestedFilename()).isEqualTo("mbo_inscriptions_2019.csv");
        byte[] downloaded = Files.readAllBytes(download.path());
        assertThat(downloaded).isEqualTo(Files.readAllBytes(MonitorFixtures.external(MonitorFixtures.MBO)));
        // The checksum the page shows is that of the bytes it serves.
        String shown = mbo.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("mbo_inscriptions_2019.csv"))
                .locator("code").innerText().strip();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded))).isEqualTo(shown);

        page.navigate(url("/open-data?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#duo-mbo-deelnemers-2015-2019")).containsText(Pattern.compile(
                "loaded on .* \\(Dutch time\\)"));
        assertThat(page.locator("#duo-mbo-deelnemers-2015-2019 tbody")).containsText(Pattern.compile("\\d{1,3}(,\\d{3})+ bytes"));
        assertThat(page.locator("main")).not().containsText("??");
        browser.assertAccessibleAtBothWidths(page);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void indicatorPagesCreditTheirSourcesOrSayThereIsNone() {
        MonitorFixtures.loadMbo(imports);
        BrowserSession browser = BROWSER.session();
        Page page = browser.newPage();
        page.navigate(url("/monitor/indicatoren/mbo-deelnemers-techniek"));
        Locator sources = section(page, "Bronnen van deze cijfers");
        assertThat(sources).containsText("DUO");
        assertThat(sources).containsText("mbo_inscriptions_2019.csv");
        assertThat(sources).containsText("licentie Open onderwijsdata (DUO)");
        assertThat(sources).containsText("Bron: DUO");
        assertThat(sources.locator("a[href$='/open-data#duo-mbo-deelnemers-2015-2019']")).hasCount(1);
        browser.assertAccessibleAtBothWidths(page);

        sources.locator("a[href$='/open-data#duo-mbo-deelnemers-2015-2019']").click();
        assertThat(page).hasURL(Pattern.compile(".*/open-data#duo-mbo-deelnemers-2015-2019$"));
        assertThat(page.locator("#duo-mbo-deelnemers-2015-2019")).isVisible();

        page.navigate(url("/monitor/indicatoren/openstaande-vacatures"));
        assertThat(section(page, "Bronnen van deze cijfers"))
                .containsText("Voor deze indicator zit geen bron in de open data die het platform meelevert");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(url("/monitor/indicatoren/openstaande-vacatures?lang=en"));
        assertThat(page.locator("main")).not().containsText("??");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onlyTheOfficeOpensTheSourcesPage() {
        BrowserSession browser = BROWSER.session();
        Page anonymous = browser.newPage();
        anonymous.navigate(url("/office/monitor/bronnen"));
        assertThat(anonymous).hasURL(Pattern.compile(".*/login$"));

        for (var user : List.of(users.create(Role.READER, "office"), users.create(Role.OWNER, "partner:po-raad"))) {
            Page page = browser.signIn(url(""), user.email());
            Response response = page.navigate(url("/office/monitor/bronnen"));
            assertThat(response.status()).as(user.email()).isEqualTo(403);
            assertThat(page.locator("main")).not().containsText("Bron toevoegen");
            page.context().close();
        }
    }

    /** The section under the h2 named {@code heading}, up to the next h2. */
    private static Locator section(Page page, String heading) {
        return page.locator("section").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(heading).setLevel(2))));
    }

    /** Runs start in the background; the page shows the result once the import has finished. */
    private static void reloadUntilDone(Page page, Locator row) {
        for (int attempt = 0; attempt < 120 && !row.innerText().contains("Klaar"); attempt++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(row).containsText("Klaar");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
