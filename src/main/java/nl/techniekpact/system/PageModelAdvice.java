package nl.techniekpact.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Values every page needs: its path (for the current navigation item) and the language-switch links. */
@ControllerAdvice
class PageModelAdvice {

    private final String htmxPath;

    PageModelAdvice(@org.springframework.beans.factory.annotation.Value("${techniekpact.htmx-path}") String htmxPath) {
        this.htmxPath = htmxPath;
    }

    @ModelAttribute("htmxPath")
    String htmxPath() {
        return htmxPath;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("dutchUrl")
    String dutchUrl(HttpServletRequest request) {
        return languageUrl(request, "nl");
    }

    @ModelAttribute("englishUrl")
    String englishUrl(HttpServletRequest request) {
        return languageUrl(request, "en");
    }

    private static String languageUrl(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequestUri(request)
                .query(request.getQueryString())
                .replaceQueryParam("lang", lang)
                .build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
