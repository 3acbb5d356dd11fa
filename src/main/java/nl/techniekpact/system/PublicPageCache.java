package nl.techniekpact.system;

import nl.techniekpact.shared.PagePaths;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.shared.PactChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of the public pact pages for anonymous visitors: the pages change only when pact data
 * is loaded or an update is approved ({@link PactChanged}), after whose commit the cache is emptied. Only a GET
 * without session cookie, without Authorization header and without a query string (a language switch, or the
 * junk parameters someone sends to fill the cache and flush it) is served from or stored in the cache, so a
 * signed-in user never gets a page rendered for someone else; the key includes the language cookie. Another
 * instance's changes reach this cache through {@link CacheSignals}. Runs right after {@link SecurityHeadersFilter} and {@link StartupGate}, so cached answers carry the same security headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicPageCache extends OncePerRequestFilter {

    static final int MAX_PAGES = 2_000;
    private static final List<String> PUBLIC_PREFIXES = List.of(PagePaths.EDITIONS, PagePaths.ACTIONS,
            PagePaths.GOALS, PagePaths.THEMES, "/partners", "/regions");

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private record Page(byte[] body, String contentType) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod())
                || !(path.equals("/") || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith))
                || request.getHeader("Authorization") != null
                || request.getQueryString() != null // the pages take no parameters: junk ones must not flush it
                || hasCookie(request, "JSESSIONID");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page page = pages.get(key);
        if (page != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(page.contentType());
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Page-Cache", "hit");
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && contentType.startsWith("text/html") && !wrapper.getHeaderNames().contains("Set-Cookie")) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Page(wrapper.getContentAsByteArray(), contentType));
        }
        wrapper.setHeader("X-Page-Cache", "miss");
        wrapper.copyBodyToResponse();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void pactChanged(PactChanged event) {
        clear();
    }

    public void clear() {
        pages.clear();
    }

    private static String key(HttpServletRequest request) {
        String language = request.getCookies() == null ? "" : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals("tp-lang")).map(Cookie::getValue).findFirst().orElse("");
        return request.getRequestURI() + "|" + language;
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals(name));
    }
}
