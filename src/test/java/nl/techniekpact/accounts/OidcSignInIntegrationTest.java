package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC sign-in, switched on by configuration, against an OpenID Connect provider started in the test
 * (mock-oauth2-server): an existing account signs in with its role; an unknown e-mail address is refused.
 */
@PlatformIntegrationTest
class OidcSignInIntegrationTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(0);
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.idp.client-id", () -> "techniekpact");
        registry.add(prefix + "registration.idp.client-secret", () -> "geheim");
        registry.add(prefix + "registration.idp.client-name", () -> "Test-IdP");
        registry.add(prefix + "registration.idp.scope", () -> "openid,email");
        registry.add(prefix + "registration.idp.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.idp.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.idp.issuer-uri", () -> PROVIDER.issuerUrl("default").toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void anExistingAccountSignsInThroughTheProvider() throws Exception {
        var coordinator = users.create(Role.COORDINATOR, "region:TL04");
        HttpClient browser = browser();
        assertThat(get(browser, "http://localhost:" + port + "/login").body()).contains("Test-IdP");

        String landing = signIn(browser, coordinator.email());
        assertThat(landing).endsWith("/account");
        String account = get(browser, "http://localhost:" + port + "/account").body();
        assertThat(account).contains(coordinator.email(), "regiocoördinator");
    }

    @Test
    void anUnknownEmailAddressIsRefused() throws Exception {
        HttpClient browser = browser();
        String landing = signIn(browser, "onbekend-" + System.nanoTime() + "@example.org");
        assertThat(landing).contains("/login?error=oidc");
        assertThat(get(browser, "http://localhost:" + port + "/account").statusCode()).isEqualTo(302);
    }

    /** Follows the authorization-code flow like a browser; returns where the platform sends the user at the end. */
    private String signIn(HttpClient browser, String email) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-" + email, "JWT",
                List.of("techniekpact"), Map.of("email", email, "email_verified", true), 3600));
        String location = "http://localhost:" + port + "/oauth2/authorization/idp";
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = get(browser, location);
            if (response.statusCode() != 302) {
                return location;
            }
            String next = response.headers().firstValue("Location").orElseThrow();
            location = URI.create(location).resolve(next).toString();
            if (location.startsWith("http://localhost:" + port) && !location.contains("/oauth2/")
                    && !location.contains("/login/oauth2/")) {
                return location;
            }
        }
        throw new AssertionError("too many redirects, last: " + location);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
