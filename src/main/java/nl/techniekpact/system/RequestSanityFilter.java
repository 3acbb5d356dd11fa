package nl.techniekpact.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 and the ordinary error page, a request whose path or parameters hold a NUL character: no
 * text in the platform may contain one, and PostgreSQL rejects it in a statement (it would become a 500); and,
 * with 413, a body larger than {@link #MAX_BODY} that is not an upload.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSanityFilter extends OncePerRequestFilter {

    /**
     * The largest body of a request that is not an upload (forms, JSON): far above any form or API update the
     * platform takes (an update has at most 20 rows of each kind and 20,000 characters of text), far below what
     * would cost memory. Uploads have their own limits ({@code spring.servlet.multipart}).
     */
    static final long MAX_BODY = 2L * 1024 * 1024;

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY && !isMultipart(request)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(HttpServletRequest request) {
        if (request.getRequestURI().indexOf('\0') >= 0) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // uploads are parsed (with their size limits) by Spring; their fields reach the importers, which check
            return request.getQueryString() != null && request.getQueryString().toLowerCase(java.util.Locale.ROOT)
                    .contains("%00");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
