package nl.techniekpact.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks again, right after the page cache was emptied by a change, for the pages visitors asked most before it,
 * one at a time over loopback as an anonymous visitor would: so the first visitor after an import or an
 * approval finds the overview, the indicator pages and the factsheets already rendered. A later change ends the
 * pass it interrupts and starts a new one; a page a visitor is already rendering is not rendered twice (the
 * cache lets the warmer wait for it).
 */
@Component
class PageWarmer {

    private static final Logger log = LoggerFactory.getLogger(PageWarmer.class);

    private final StartupGate gate;
    private final boolean enabled;
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong warmed = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("page-warmer").factory());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile int port;

    PageWarmer(PublicPageCache cache, StartupGate gate,
               @Value("${techniekpact.page-cache.warm}") boolean enabled) {
        this.gate = gate;
        this.enabled = enabled;
        cache.whenEmptied(this::warm);
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if ("server".equals(event.getApplicationContext().getServerNamespace())
                || event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** How many pages the warmer has rendered into the cache since the start (for tests and the health page). */
    long warmed() {
        return warmed.get();
    }

    private void warm(List<PublicPageCache.Page> pages) {
        if (!enabled || pages.isEmpty() || port <= 0) {
            return;
        }
        long pass = passes.incrementAndGet();
        worker.execute(() -> {
            int done = askAgain(pages, pass);
            log.debug("Page cache warmed again: {} of {} pages", done, pages.size());
        });
    }

    /**
     * Asks for the pages one after the other until a newer pass starts; the number answered 200. Runs on the
     * calling thread (the warmer's own, or a test's).
     */
    int askAgain(List<PublicPageCache.Page> pages, long pass) {
        int done = 0;
        for (PublicPageCache.Page page : pages) {
            if (passes.get() != pass || !gate.isOpen() || port <= 0) {
                break; // a newer change started its own pass
            }
            if (ask(page)) {
                done++;
                warmed.incrementAndGet();
            }
        }
        return done;
    }

    /** The current pass, for {@link #askAgain}. */
    long pass() {
        return passes.get();
    }

    private boolean ask(PublicPageCache.Page page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page.target()))
                .timeout(Duration.ofSeconds(30)).GET();
        if (!page.language().isEmpty()) {
            request.header("Cookie", PublicPages.LANGUAGE_COOKIE + "=" + page.language());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            log.debug("Could not warm {}: {}", page.target(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() {
        passes.incrementAndGet();
        worker.shutdownNow();
    }
}
