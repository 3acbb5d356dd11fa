package nl.techniekpact.pact.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.techniekpact.BrowserSession;
import nl.techniekpact.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Home, an action, a region and search in headless Chromium, each at 0 axe-core WCAG 2.1 AA violations. */
@PlatformIntegrationTest
class PactPagesBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final BrowserSession.Extension BROWSER = new BrowserSession.Extension();

    BrowserSession browser;

    @LocalServerPort
    int port;

    @org.junit.jupiter.api.BeforeEach
    void useBrowser() {
        browser = BROWSER.session();
    }

    @Test
    void homeShowsThePactAtAGlanceAccessibly() {
        Page page = open("/");
        assertThat(page.locator("h1")).hasText("Het Techniekpact in één oogopslag");
        assertThat(page.locator("a[href='/actions/2013-A17']")).isVisible();
        assertThat(page.locator(".tp-status--UNKNOWN").first()).containsText("kleur onbekend");
        browser.assertAccessible(page);
        browser.screenshot(page, "home");
        assertThat(browser.consoleErrors()).as("console errors (CSP violations included)").isEmpty();
    }

    @Test
    void onAPhoneTheHeaderFoldsBehindAMenuButtonAndWithoutScriptEverythingIsShown() {
        Page page = open("/actions/2013-A01");
        assertThat(page.locator(".tp-menu-button")).isHidden(); // a wide screen shows the whole menu
        assertThat(page.locator(".tp-nav")).isVisible();
        page.setViewportSize(390, 844);
        var button = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Menu"));
        assertThat(button).isVisible();
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(page.locator(".tp-nav")).isHidden();
        browser.assertAccessibleAndFitsAPhone(page);
        page.setViewportSize(390, 844);
        button.click();
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(page.locator(".tp-nav")).isVisible();
        assertThat(page.locator(".tp-lang")).isVisible();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.setViewportSize(1280, 900);
        assertThat(page.locator(".tp-menu-button")).isHidden();
        assertThat(page.locator(".tp-nav")).isVisible();

        Page noScript = browser.newPageWithoutJavaScript();
        noScript.setViewportSize(390, 844);
        noScript.navigate("http://localhost:" + port + "/actions/2013-A01");
        assertThat(noScript.locator(".tp-menu-button")).isHidden();
        assertThat(noScript.locator(".tp-nav")).isVisible();
    }

    @Test
    void actionPageShowsItsTimelineAccessiblyInBothLanguages() {
        Page page = open("/actions/2013-A01");
        assertThat(page.locator("h1")).hasText("Actie 2013-A01");
        assertThat(page.locator(".tp-timeline li").first()).containsText("Ronde 2014");
        browser.assertAccessible(page);
        browser.screenshot(page, "action");

        page.getByText("English").click();
        assertThat(page.locator("h1")).hasText("Action 2013-A01");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        browser.assertAccessible(page);
        page.getByText("Nederlands").click();
        assertThat(page.locator("h1")).hasText("Actie 2013-A01");
    }

    @Test
    void regionPageShowsAgendaAndExamplesAccessibly() {
        Page page = open("/regions/TL04");
        assertThat(page.locator("h1")).containsText("Zuidoost");
        assertThat(page.locator("table").first()).isVisible();
        browser.assertAccessible(page);
        browser.screenshot(page, "region");
        Page province = open("/regions/PV30");
        assertThat(province.locator(".tp-example").first()).isVisible();
        browser.assertAccessible(province);
    }

    @Test
    void searchFindsAndHighlightsAsYouTypeAccessibly() {
        Page page = open("/search");
        browser.assertAccessible(page);
        page.getByLabel("Zoek in alle teksten van het pact").fill("hybride docent");
        assertThat(page.locator(".tp-results li").first()).isVisible();
        assertThat(page.locator(".tp-results mark").first()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=hybride.*"));
        browser.assertAccessible(page);
        browser.screenshot(page, "search");

        Page noScript = open("/search?q=Jet-Net");
        assertThat(noScript.locator(".tp-results li").first()).isVisible();
        assertThat(browser.consoleErrors()).as("console errors (CSP violations included)").isEmpty();
    }

    @Test
    void otherPagesAreAccessibleToo() {
        for (String path : new String[] {"/editions/2013", "/editions/2016", "/editions/2018", "/goals/2016-G04",
                "/themes/2018-T2", "/partners", "/partners/vo-raad", "/regions", "/no-such-page"}) {
            browser.assertAccessible(open(path));
        }
    }

    private Page open(String path) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + path);
        return page;
    }
}
