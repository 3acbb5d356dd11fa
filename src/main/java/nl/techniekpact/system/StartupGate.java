package nl.techniekpact.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Nothing serves pact or monitor data before the start-up loaders (pact, monitor, open-data bundle, first
 * account) have finished: until Spring Boot declares the application ready to accept traffic — which it does
 * only after every {@code ApplicationRunner} has returned — every request except the health probes and the
 * static assets gets 503 with {@code Retry-After} and a short page in Dutch or English (JSON for the API).
 * When readiness arrives, every cache is emptied before the gate opens, so no answer computed while data was
 * still loading (by a loader itself, or a scheduled task) outlives the start-up. When the application stops
 * accepting traffic (shutdown, or the database away: {@link DatabaseWatch}) the gate closes again, with a page
 * that says why.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StartupGate extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);
    private static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/css/", "/vendor/", "/webjars/",
            "/favicon.svg");

    private final CacheManager caches;
    private final PublicPageCache pages;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DatabaseWatch database;
    private volatile boolean open;

    StartupGate(CacheManager caches, PublicPageCache pages, MessageSource messages, LocaleResolver locales,
                DatabaseWatch database) {
        this.database = database;
        this.caches = caches;
        this.pages = pages;
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether requests are served. */
    public boolean isOpen() {
        return open;
    }

    /**
     * Runs before Spring Boot's availability bean hears the same event, so the readiness probe never says UP while
     * the gate still answers 503 (seen under load when the caches took a moment to empty).
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void readiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            caches.getCacheNames().forEach(name -> {
                var cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            });
            pages.clear();
            open = true;
            log.info("Ready: serving requests (caches emptied)");
        } else {
            open = false;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (open) {
            return true;
        }
        String path = request.getRequestURI();
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = language(request);
        String reason = database.away() ? "database.away" : "startup";
        String title = messages.getMessage(reason + ".title", null, locale);
        String text = messages.getMessage(reason + ".text", new Object[] {RETRY_AFTER_SECONDS}, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        byte[] body;
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = ("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":503,\"detail\":" + json(text)
                    + "}").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page(locale.getLanguage(), title, text).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Locale language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "nl".equals(lang)) {
            return Locale.of(lang);
        }
        Locale chosen = locales.resolveLocale(request);
        return "en".equals(chosen.getLanguage()) ? Locale.of("en") : Locale.of("nl");
    }

    /** A page that needs nothing but the static style sheets: no data, no session, no template model. */
    private String page(String language, String title, String text) {
        String site = HtmlUtils.htmlEscape(messages.getMessage("site.name", null, Locale.of(language)));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg">
                <link rel="stylesheet" href="/vendor/utrecht-component-library-css/index.css">
                <link rel="stylesheet" href="/css/theme.css">
                <link rel="stylesheet" href="/css/app.css">
                </head>
                <body class="utrecht-document tp-theme">
                <header class="tp-header"><div class="tp-header__inner"><span class="tp-brand">%s</span></div></header>
                <main id="main" class="tp-main">
                <h1 class="utrecht-heading-1">%s</h1>
                <p class="utrecht-paragraph">%s</p>
                </main>
                </body>
                </html>
                """.formatted(language, HtmlUtils.htmlEscape(title), site, HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(text));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
