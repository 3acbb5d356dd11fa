package nl.techniekpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.core.io.ClassPathResource;

/**
 * Headless Debian Chromium driven by Playwright, with axe-core for WCAG 2.1 AA checks. Skips the calling test
 * class with a clear message where no Chromium is installed (CI installs it).
 */
public final class BrowserSession implements AutoCloseable {

    /** Starts a session before the test class and closes it after: {@code @RegisterExtension static Extension}. */
    public static final class Extension implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {

        private BrowserSession session;

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            session = BrowserSession.start();
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (session != null) {
                session.close();
            }
        }

        public BrowserSession session() {
            return session;
        }
    }

    private static final Path CHROMIUM = Path.of(System.getProperty("techniekpact.chromium", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;
    private final String axe;
    private final List<String> consoleErrors = new ArrayList<>();

    private BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        try {
            axe = new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BrowserSession start() {
        Preconditions.require(Files.isExecutable(CHROMIUM), "Skipped: no Chromium at " + CHROMIUM
                + " (install the Debian packages chromium and chromium-driver; CI does)");
        return new BrowserSession();
    }

    /** A fresh page; console errors (for example CSP violations) of the latest page are collected for
     * {@link #consoleErrors()}. */
    public Page newPage() {
        consoleErrors.clear();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("nl-NL").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        return page;
    }

    /** A fresh page with JavaScript switched off, to show that a page needs no script (axe cannot run on it). */
    public Page newPageWithoutJavaScript() {
        consoleErrors.clear();
        return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(1280, 900)
                .setJavaScriptEnabled(false)).newPage();
    }

    /** A fresh page signed in with the test password, on the account page once sign-in has completed. */
    public Page signIn(String baseUrl, String email) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/account$"));
        return page;
    }

    public List<String> consoleErrors() {
        return consoleErrors;
    }

    /**
     * Runs axe-core on the page for WCAG 2.1 A and AA and returns the violations as "rule: selectors" lines.
     * axe is evaluated as a function body, so the page's Content-Security-Policy stays in force.
     */
    public List<String> accessibilityViolations(Page page) {
        page.evaluate(axe);
        Object result = page.evaluate("async (tags) => { const r = await axe.run(document, "
                + "{ runOnly: { type: 'tag', values: tags } }); "
                + "return r.violations.map(v => v.id + ' (' + v.impact + '): ' "
                + "+ v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')); }", WCAG_21_AA);
        List<String> violations = new ArrayList<>();
        ((List<?>) result).forEach(v -> violations.add(String.valueOf(v)));
        return violations;
    }

    public void assertAccessible(Page page) {
        assertThat(accessibilityViolations(page)).as("axe-core WCAG 2.1 AA violations on " + page.url()).isEmpty();
    }

    /** axe-core at desktop (1280 px) and mobile (375 px) width; the page is left at desktop width. */
    public void assertAccessibleAtBothWidths(Page page) {
        page.setViewportSize(1280, 900);
        assertAccessible(page);
        page.setViewportSize(375, 800);
        assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    /**
     * axe-core at desktop and mobile width, and at a phone's width (390 px) no sideways scrolling of the page
     * itself (a wide table scrolls inside its own region instead).
     */
    public void assertAccessibleAndFitsAPhone(Page page) {
        assertAccessibleAtBothWidths(page);
        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = page.evaluate(WIDER_THAN_THE_SCREEN);
        assertThat(((Number) overflow).intValue()).as("sideways overflow at 390 px on " + page.url() + ": " + wide)
                .isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);
    }

    /** The elements that stick out on the right, outside any element that scrolls or clips them. */
    private static final String WIDER_THAN_THE_SCREEN = """
            () => { const w = document.documentElement.clientWidth; const out = [];
              document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();
                if (r.right <= w + 1) return;
                for (let p = e.parentElement; p; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return; }
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' (right edge ' + Math.round(r.right) + ')'); });
              return out.slice(0, 8).join(', '); }""";

    /** Screenshots at desktop width and at a phone's width (390 px), for docs/screenshots. */
    public void screenshotBothWidths(Page page, String name) {
        screenshot(page, name + "-desktop");
        page.setViewportSize(390, 844);
        screenshot(page, name + "-mobile");
        page.setViewportSize(1280, 900);
    }

    public void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
