package nl.techniekpact.accounts.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: a valid personal API token signs the request in as its user (role and
 * scope included) for this request only; an invalid one is answered 401 at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    ApiTokenFilter(ApiTokens tokens, JdbcClient jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String role = jdbc.sql("select role from app_user where id = ?").param(user.get()).query(String.class).single();
        SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(user.get(), role));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static boolean isBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken implements PlatformPrincipal {

        private final UUID userId;

        TokenAuthentication(UUID userId, String role) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
            this.userId = userId;
            setAuthenticated(true);
        }

        @Override
        public UUID userId() {
            return userId;
        }

        @Override
        public String getName() {
            return userId.toString();
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return this;
        }
    }
}
