package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The page cache's rules on their own, with a chain that stands for the platform: what is kept, under which key,
 * that an answer rendered while a change commits is not kept, and that concurrent requests for a missing page
 * render it once.
 */
class PublicPageCacheTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private final PublicPageCache cache = new PublicPageCache(clock);
    private final AtomicInteger rendered = new AtomicInteger();

    private FilterChain page(String body) {
        return (request, response) -> {
            rendered.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse get(String uri, FilterChain chain) throws Exception {
        return get(request(uri), chain);
    }

    private MockHttpServletResponse get(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String uri) {
        String[] parts = uri.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        if (parts.length == 2) {
            request.setQueryString(parts[1]);
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        return request;
    }

    @Test
    void theSameQuestionInAnotherOrderIsOneEntryAndTheLanguageCookieAnother() throws Exception {
        assertThat(get("/monitor/indicatoren/x?region=PV27&geslacht=vrouw", page("a")).getHeader("X-Page-Cache"))
                .isEqualTo("miss");
        assertThat(get("/monitor/indicatoren/x?geslacht=vrouw&region=PV27", page("a")).getHeader("X-Page-Cache"))
                .isEqualTo("hit");
        MockHttpServletRequest english = request("/monitor/indicatoren/x?region=PV27&geslacht=vrouw");
        english.setCookies(new Cookie("tp-lang", "en"));
        assertThat(get(english, page("b")).getContentAsString()).isEqualTo("b");
        assertThat(rendered).hasValue(2);
    }

    @Test
    void languageSwitchesJunkSignedInUsersAndOtherPagesAreNeverKept() throws Exception {
        for (String uri : new String[] {"/monitor?lang=en", "/actions/2013-A01?x=1", "/monitor?a=1&a=2",
                "/monitor?Region=PV27", "/monitor?region=" + "x".repeat(101), "/office/monitor/imports",
                "/search?q=a&x=1", "/monitor?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9"}) {
            get(uri, page("p"));
            assertThat(get(uri, page("p")).getHeader("X-Page-Cache")).as(uri).isNull();
        }
        MockHttpServletRequest signedIn = request("/monitor");
        signedIn.setCookies(new Cookie("JSESSIONID", "abc"));
        get(signedIn, page("personal"));
        assertThat(get(signedIn, page("personal")).getHeader("X-Page-Cache")).isNull();
        MockHttpServletRequest script = request("/api/v1/indicators/x/series");
        script.addHeader("Authorization", "Bearer t");
        get(script, page("token"));
        assertThat(get(script, page("token")).getHeader("X-Page-Cache")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aKeptAnswerGoesOnlyToRequestsThatAcceptItsType() throws Exception {
        get("/monitor", page("html"));
        for (String accept : new String[] {"text/html", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*", "text/*"}) {
            MockHttpServletRequest browser = request("/monitor");
            browser.addHeader("Accept", accept);
            assertThat(get(browser, page("x")).getHeader("X-Page-Cache")).as(accept).isEqualTo("hit");
        }
        for (String accept : new String[] {"application/json", "text/html;q=0", "image/png"}) {
            MockHttpServletRequest script = request("/monitor");
            script.addHeader("Accept", accept);
            assertThat(get(script, page("x")).getHeader("X-Page-Cache")).as(accept).isNull();
        }
    }

    @Test
    void onlyPlainAnswersWithoutCookiesAreKept() throws Exception {
        FilterChain notFound = (request, response) -> ((HttpServletResponse) response).sendError(404);
        FilterChain cookie = (request, response) -> {
            ((HttpServletResponse) response).addHeader("Set-Cookie", "a=b");
            page("c").doFilter(request, response);
        };
        FilterChain pdf = (request, response) -> {
            response.setContentType("application/pdf");
            response.getOutputStream().write(new byte[] {1});
        };
        get("/monitor/indicatoren/missing", notFound);
        get("/monitor", cookie);
        get("/api/v1/factsheets/PV27?format=pdf", pdf);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerRenderedWhileAChangeCommitsIsServedButNotKept() throws Exception {
        FilterChain changedMeanwhile = (request, response) -> {
            page("old figures").doFilter(request, response);
            cache.clear(PublicPages.Scope.FIGURES); // the import commits while this page is being rendered
        };
        assertThat(get("/monitor", changedMeanwhile).getContentAsString()).isEqualTo("old figures");
        var next = get("/monitor", page("new figures"));
        assertThat(next.getHeader("X-Page-Cache")).isEqualTo("miss");
        assertThat(next.getContentAsString()).isEqualTo("new figures");
        assertThat(get("/monitor", page("x")).getContentAsString()).isEqualTo("new figures");
    }

    @Test
    void aChangeOfTheFiguresKeepsThePactPagesAndAChangeOfThePactEmptiesAll() throws Exception {
        get("/actions/2013-A01", page("action"));
        get("/monitor", page("overview"));
        cache.clear(PublicPages.Scope.FIGURES);
        assertThat(get("/actions/2013-A01", page("x")).getHeader("X-Page-Cache")).isEqualTo("hit");
        assertThat(get("/monitor", page("overview")).getHeader("X-Page-Cache")).isEqualTo("miss");
        cache.clear();
        assertThat(get("/actions/2013-A01", page("action")).getHeader("X-Page-Cache")).isEqualTo("miss");
    }

    @Test
    void anImportOfOneIndicatorEmptiesItsPagesAndThoseShowingManyButNotTheOthers() throws Exception {
        List<String> emptied = List.of("/monitor/indicatoren/a", "/monitor/indicatoren/a/kaart?kind=PROVINCE",
                "/api/v1/indicators/a/series?region=NL01", "/monitor", "/factsheets/PV27", "/reports",
                "/api/v1/indicators");
        List<String> kept = List.of("/monitor/indicatoren/b", "/api/v1/indicators/b/series", "/actions/2013-A01",
                "/monitor/indicatoren/ab");
        for (String uri : concat(emptied, kept)) {
            get(uri, page(uri));
        }
        cache.clear(PublicPages.Scope.FIGURES, java.util.Set.of("a"));
        for (String uri : emptied) {
            assertThat(get(uri, page(uri)).getHeader("X-Page-Cache")).as(uri).isEqualTo("miss");
        }
        for (String uri : kept) {
            assertThat(get(uri, page(uri)).getHeader("X-Page-Cache")).as(uri).isEqualTo("hit");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void theMostAskedPagesAreHandedToTheWarmerWhenEmptied() throws Exception {
        get("/monitor", page("a"));
        get("/factsheets/PV27", page("b"));
        get("/actions/2013-A01", page("c"));
        var handed = new java.util.ArrayList<String>();
        cache.whenEmptied(pages -> pages.forEach(p -> handed.add(p.target())));
        cache.clear(PublicPages.Scope.FIGURES);
        assertThat(handed).containsExactlyInAnyOrder("/monitor", "/factsheets/PV27");
    }

    @Test
    void aFloodOfOneOffUrlsDoesNotPushOutThePagesEveryoneAsksFor() throws Exception {
        PublicPageCache small = new PublicPageCache(clock, 200_000);
        FilterChain tenKilobytes = page("x".repeat(10_000));
        for (int i = 0; i < 12; i++) {
            small.doFilter(request("/monitor"), new MockHttpServletResponse(), tenKilobytes);
        }
        int misses = 0;
        for (int i = 0; i < 2_000; i++) {
            small.doFilter(request("/monitor/indicatoren/x?junk=" + i), new MockHttpServletResponse(), tenKilobytes);
            if (i % 20 == 0) { // the visitors keep coming while someone floods the cache
                MockHttpServletResponse popular = new MockHttpServletResponse();
                small.doFilter(request("/monitor"), popular, tenKilobytes);
                misses += "hit".equals(popular.getHeader("X-Page-Cache")) ? 0 : 1;
            }
        }
        assertThat(small.size()).as("bounded by bytes").isLessThanOrEqualTo(20);
        assertThat(misses).as("times the overview was pushed out by 2,000 one-off URLs").isLessThanOrEqualTo(2);
    }

    @Test
    void concurrentRequestsForAMissingPageRenderItOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            page("rendered once").doFilter(request, response);
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<MockHttpServletResponse> first = pool.submit(() -> get("/factsheets/PV27", slow));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            var others = new java.util.ArrayList<Future<MockHttpServletResponse>>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> get("/factsheets/PV27", slow)));
            }
            // the followers are waiting for the first one (none of them can start rendering: the latch is shut)
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("rendered once");
            for (var other : others) {
                MockHttpServletResponse answer = other.get(10, TimeUnit.SECONDS);
                assertThat(answer.getContentAsString()).isEqualTo("rendered once");
                assertThat(answer.getHeader("X-Page-Cache")).isIn("shared", "hit");
            }
            assertThat(rendered).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
