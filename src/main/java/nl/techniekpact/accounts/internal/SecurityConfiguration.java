package nl.techniekpact.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Reading the public pact needs no sign-in; office pages need the office role (the schemes
 * catalogue's change pages also admit regional coordinators); task pages,
 * the account page and every write need a signed-in user, and the services check role and scope again
 * ({@code Permissions}). Forms carry CSRF tokens; API calls with a Bearer token are stateless and CSRF-free.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // not for the command line
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, JdbcClient jdbc,
                                            LoginThrottle throttle, ClientAddress clients, LoginUnlocks unlocks,
                                            Accounts accounts,
                                            ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        // after signing in, the page the person was going to (the task link in an e-mail), else their account
        var backToWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
        backToWhereTheyWere.setDefaultTargetUrl("/account");
        http.authorizeHttpRequests(requests -> requests
                        // reviewed changes of the schemes catalogue: regional coordinators too (scope checked there)
                        .requestMatchers("/office/regelingen/wijzigingen", "/office/regelingen/wijzigingen/**")
                        .hasAnyRole("OFFICE", "COORDINATOR")
                        .requestMatchers("/office/**", "/api/v1/office/**", "/api/v1/imports/**", "/api/v1/imports")
                        .hasRole("OFFICE")
                        .requestMatchers("/account/**", "/tasks/**", "/api/v1/tasks/**", "/api/v1/me", "/loket/mijn/**",
                                "/loket/mijn", "/vaardigheden/profiel", "/vaardigheden/profiel/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers("/login", "/password/**", "/error", "/loket/aanmelden/**",
                                "/loket/bevestigen").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName(), clients.of(request));
                            backToWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            String email = request.getParameter("email");
                            if (exception instanceof CredentialsExpiredException) {
                                // the password was right, but the account was guessed at from everywhere
                                unlocks.request(email);
                                response.sendRedirect("/login?error=check-mail");
                                return;
                            }
                            throttle.failed(email, clients.of(request));
                            // one answer for a wrong password, an unknown account and a locked one
                            response.sendRedirect(throttle.needsUnlock(email) ? "/login?error=check-mail"
                                    : "/login?error=bad");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::isBearer))
                .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                        .contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API))
                .addFilterBefore(new ApiTokenFilter(tokens, jdbc), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ThrottleFilter(throttle, clients), UsernamePasswordAuthenticationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountMapping(accounts)))
                    .defaultSuccessUrl("/account")
                    .failureUrl("/login?error=oidc"));
        }
        return http.build();
    }

    /**
     * Refuses a login attempt whose account and address, or address, is blocked ({@link LoginThrottle}) before the
     * password is looked at, with the answer a wrong password gets; a refused attempt is not counted.
     */
    static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;
        private final ClientAddress clients;

        ThrottleFilter(LoginThrottle throttle, ClientAddress clients) {
            this.throttle = throttle;
            this.clients = clients;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException,
                IOException {
            if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())
                    && throttle.blocked(request.getParameter("email"), clients.of(request))) {
                response.sendRedirect("/login?error=bad");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
