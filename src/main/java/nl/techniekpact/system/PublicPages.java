package nl.techniekpact.system;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import nl.techniekpact.shared.PagePaths;

/**
 * Which anonymous GET requests the public page cache may answer, under which key, and which data their answer
 * shows: the one place where that is decided.
 *
 * <ul>
 *   <li>{@link Scope#PACT}: the pact's pages ({@code /}, editions, actions, goals, themes, partners, regions) take
 *       no parameters; search takes {@code q}.</li>
 *   <li>{@link Scope#FIGURES}: the monitor's pages, factsheets, progress reports and the figures API, which show
 *       the pact and the monitor's figures. They take parameters (region, kind, period, breakdown values,
 *       format): at most {@link #MAX_PARAMETERS}, each named once, names of lower-case letters and values of at
 *       most {@link #MAX_VALUE} characters. The key holds them sorted, so the same question is one entry.</li>
 * </ul>
 *
 * A request with {@code ?lang=} (it sets the language cookie) or any other parameter is never cached. The key
 * holds the language cookie and the day in the Netherlands, since reports are dated "today".
 */
final class PublicPages {

    /** Which published data a page shows, so a change empties only the pages that show it. */
    enum Scope {
        /** The pact only. */
        PACT,
        /** The monitor's figures (and the pact). */
        FIGURES
    }

    static final int MAX_PARAMETERS = 8;
    static final int MAX_VALUE = 100;
    static final String LANGUAGE_COOKIE = "tp-lang";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,31}");
    private static final List<String> PACT_PREFIXES = List.of(PagePaths.EDITIONS, PagePaths.ACTIONS,
            PagePaths.GOALS, PagePaths.THEMES, "/partners", "/regions");
    private static final List<String> FIGURE_PREFIXES = List.of("/monitor/indicatoren/", "/factsheets/",
            "/reports/", "/api/v1/indicators", "/api/v1/factsheets/");
    private static final List<String> FIGURE_PAGES = List.of("/monitor", "/factsheets", "/reports", "/open-data");

    private PublicPages() {
    }

    /** The scope of a request the cache may answer; null when it must always be rendered. */
    static Scope scope(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (path.equals("/") || PACT_PREFIXES.stream().anyMatch(path::startsWith)) {
            return query == null ? Scope.PACT : null; // these pages take no parameters: junk must not fill the cache
        }
        if (path.equals("/search")) {
            return onlyParameter(request, "q") ? Scope.PACT : null;
        }
        if (FIGURE_PAGES.contains(path) || FIGURE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return query == null || parametersAllowed(request) ? Scope.FIGURES : null;
        }
        return null;
    }

    private static boolean onlyParameter(HttpServletRequest request, String name) {
        Map<String, String[]> parameters = request.getParameterMap();
        return parameters.size() == 1 && parameters.containsKey(name) && parameters.get(name).length == 1
                && parameters.get(name)[0].length() <= MAX_VALUE;
    }

    private static boolean parametersAllowed(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.size() > MAX_PARAMETERS || parameters.containsKey("lang")) {
            return false;
        }
        for (var parameter : parameters.entrySet()) {
            if (!NAME.matcher(parameter.getKey()).matches() || parameter.getValue().length != 1
                    || parameter.getValue()[0].length() > MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    /** Path, sorted parameters, language cookie and day. */
    static String key(HttpServletRequest request, LocalDate today) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            Map<String, String> sorted = new TreeMap<>();
            request.getParameterMap().forEach((name, values) -> sorted.put(name, values[0]));
            key.append('?');
            sorted.forEach((name, value) -> key.append(name).append('=').append(value).append('\u0000'));
        }
        return key.append('|').append(language(request)).append('|').append(today).toString();
    }

    static String language(HttpServletRequest request) {
        return request.getCookies() == null ? "" : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(LANGUAGE_COOKIE)).map(Cookie::getValue).findFirst().orElse("");
    }

    private static final List<String> INDICATOR_PREFIXES = List.of("/monitor/indicatoren/", "/api/v1/indicators/");

    /**
     * The one indicator a page is about ({@code /monitor/indicatoren/{code}…}, {@code /api/v1/indicators/{code}…}),
     * or null for a page that shows many (the overview, factsheets, reports, lists).
     */
    static String indicator(HttpServletRequest request) {
        String path = request.getRequestURI();
        for (String prefix : INDICATOR_PREFIXES) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                String rest = path.substring(prefix.length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return null;
    }

    /** The path and query to ask again when warming the cache (the query as the visitor sent it). */
    static String target(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
