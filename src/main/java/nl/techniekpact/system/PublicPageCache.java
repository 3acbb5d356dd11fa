package nl.techniekpact.system;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.shared.MonitorChanged;
import nl.techniekpact.shared.PactChanged;
import nl.techniekpact.system.PublicPages.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered answers of the public pages for anonymous visitors ({@link PublicPages} decides which, under
 * which key): a GET without session cookie and without Authorization header, so a signed-in user never gets a page
 * rendered for someone else. Only 200 answers of HTML, JSON or CSV that set no cookie are kept, at most
 * {@link #MAX_BYTES} in all (Caffeine's frequency-aware eviction, so a flood of one-off URLs does not push out the
 * pages everyone asks for).
 *
 * <p>Never stale: a change empties the pages of its {@link Scope} after its commit ({@link PactChanged}: all;
 * {@link MonitorChanged}: the figures), other instances through {@link CacheSignals}; an answer rendered while a
 * change committed is served but not kept (a generation counter). Several anonymous requests for the same missing
 * page wait for the first one to render it instead of all rendering it. Runs right after
 * {@link SecurityHeadersFilter} and {@link StartupGate}, so cached answers carry the same security headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicPageCache extends OncePerRequestFilter {

    static final long MAX_BYTES = 96L * 1024 * 1024;
    static final int MAX_PAGE_BYTES = 4 * 1024 * 1024;
    private static final long FOLLOWER_WAIT_SECONDS = 15;
    private static final ZoneId NETHERLANDS = Times.NETHERLANDS;
    private static final Set<String> STORED_TYPES = Set.of("text/html", "application/json", "text/csv");

    private final Cache<String, Page> pages;
    private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final List<Consumer<List<Page>>> emptied = new CopyOnWriteArrayList<>();
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    PublicPageCache(Clock clock) {
        this(clock, MAX_BYTES);
    }

    PublicPageCache(Clock clock, long maxBytes) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder().maximumWeight(maxBytes).executor(Runnable::run) // evict on the caller
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length + 200).build();
    }

    /**
     * A kept answer, with what is needed to ask for it again and where its header's signed-in part is
     * ({@code userStart} and {@code userEnd}: byte offsets of the {@code tp-user} element; -1 when it has none).
     */
    record Page(byte[] body, String contentType, String disposition, Scope scope, String indicator, String target,
                String language, int userStart, int userEnd) {

        /** Whether a change of {@code scope} (null: all) and of these indicators (null: all) empties this page. */
        boolean emptiedBy(Scope changed, java.util.Set<String> indicators) {
            return changed == null || scope == changed
                    && (indicators == null || indicator == null || indicators.contains(indicator));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || hasSessionCookie(request) || PublicPages.scope(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = PublicPages.key(request, LocalDate.now(clock.withZone(NETHERLANDS)));
        Page page = pages.getIfPresent(key);
        if (page != null && accepts(request, page)) {
            write(response, page, "hit");
            return;
        }
        if (page != null) { // kept, but not what this request accepts: let the platform answer it
            chain.doFilter(request, response);
            return;
        }
        long started = generation.get();
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> first = rendering.putIfAbsent(key, mine);
        if (first != null) {
            Page shared = await(first);
            if (shared != null && accepts(request, shared)) {
                write(response, shared, "shared");
                return;
            }
            render(request, response, chain, key, started, null);
            return;
        }
        try {
            render(request, response, chain, key, started, mine);
        } finally {
            rendering.remove(key, mine);
            mine.complete(null); // no-op when rendered; releases the waiting requests when rendering failed
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                        long started, CompletableFuture<Page> waiting) throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Page page = keepable(request, wrapper);
        if (page != null && generation.get() == started) {
            pages.put(key, page);
            if (waiting != null) {
                waiting.complete(page);
            }
        }
        wrapper.setHeader("X-Page-Cache", "miss");
        wrapper.copyBodyToResponse();
    }

    private static Page keepable(HttpServletRequest request, ContentCachingResponseWrapper wrapper) {
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || contentType == null
                || STORED_TYPES.stream().noneMatch(contentType::startsWith)
                || wrapper.getHeaderNames().contains("Set-Cookie") || wrapper.getContentSize() > MAX_PAGE_BYTES) {
            return null;
        }
        byte[] body = wrapper.getContentAsByteArray();
        int[] user = contentType.startsWith("text/html") ? SignedInPage.userPart(body) : new int[] {-1, -1};
        return new Page(body, contentType, wrapper.getHeader("Content-Disposition"), PublicPages.scope(request),
                PublicPages.indicator(request), PublicPages.target(request), PublicPages.language(request),
                user[0], user[1]);
    }

    /**
     * For a signed-in user's GET of a public page: the page kept for anonymous visitors, to be sent with the
     * header's signed-in part in place of the anonymous one. Empty when none is kept (the page is then rendered
     * for the user), when the request carries an Authorization header, or when the kept answer is not HTML with
     * that part. The anonymous part of a public page is the only thing in it that depends on who asks.
     */
    public java.util.Optional<SignedInPage> keptForSignedIn(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || PublicPages.scope(request) == null) {
            return java.util.Optional.empty();
        }
        Page page = pages.getIfPresent(PublicPages.key(request, LocalDate.now(clock.withZone(NETHERLANDS))));
        if (page == null || page.userStart() < 0 || !accepts(request, page)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SignedInPage(page.body(), page.userStart(), page.userEnd(),
                page.contentType()));
    }

    /** Whether the request's Accept header takes the kept answer's type (no header: anything). */
    private static boolean accepts(HttpServletRequest request, Page page) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String type = page.contentType().split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        String family = type.substring(0, type.indexOf('/') + 1) + "*";
        for (String range : accept.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip();
            if (media.equals("*/*") || media.equals(type) || media.equals(family)) {
                return quality(parts) > 0;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static Page await(CompletableFuture<Page> first) {
        try {
            return first.get(FOLLOWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, Page page, String how) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.disposition() != null) {
            response.setHeader("Content-Disposition", page.disposition());
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Page-Cache", how);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void pactChanged(PactChanged event) {
        clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void monitorChanged(MonitorChanged event) {
        clear(Scope.FIGURES, event.indicators());
    }

    /** Empties every page. */
    public void clear() {
        clear(null);
    }

    /** Empties the pages of one scope (null: all); answers being rendered meanwhile are not kept. */
    void clear(Scope scope) {
        clear(scope, null);
    }

    /**
     * Empties the pages of one scope (null: all) that show any of {@code indicators} or many indicators (null:
     * every page of the scope); answers being rendered meanwhile are not kept.
     */
    void clear(Scope scope, java.util.Set<String> indicators) {
        generation.incrementAndGet();
        List<Page> hottest = pages.policy().eviction().map(e -> e.hottest(WARM_LIMIT).values().stream()
                .filter(p -> p.emptiedBy(scope, indicators)).toList()).orElse(List.of());
        if (scope == null) {
            pages.invalidateAll();
        } else {
            pages.asMap().values().removeIf(p -> p.emptiedBy(scope, indicators));
        }
        emptied.forEach(listener -> listener.accept(hottest));
    }

    /** How many of the most asked pages are handed to the listeners when the cache is emptied. */
    static final int WARM_LIMIT = 300;

    /** Called with the most asked pages that were just removed, most asked first; run the answer to stop. */
    Runnable whenEmptied(Consumer<List<Page>> listener) {
        emptied.add(listener);
        return () -> emptied.remove(listener);
    }

    long size() {
        return pages.estimatedSize();
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION")) {
                return true;
            }
        }
        return false;
    }
}
