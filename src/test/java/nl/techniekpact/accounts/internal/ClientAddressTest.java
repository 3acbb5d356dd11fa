package nl.techniekpact.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Forwarded headers are believed only from configured proxies, and then the client is the last untrusted hop. */
class ClientAddressTest {

    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void aClientCannotChooseTheAddressItIsCountedUnder() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.of(from("198.51.100.7", "10.0.0.1"))).isEqualTo("198.51.100.7");
        ClientAddress proxied = new ClientAddress(List.of("127.0.0.1", " 10.1.1.1 "));
        assertThat(proxied.of(from("198.51.100.7", "10.0.0.1"))).as("not from a proxy").isEqualTo("198.51.100.7");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        ClientAddress proxied = new ClientAddress(List.of("127.0.0.1", "10.1.1.1"));
        assertThat(proxied.of(from("127.0.0.1", "203.0.113.5"))).isEqualTo("203.0.113.5");
        // a client that sends its own header: the proxy appends the real address, which is the one counted
        assertThat(proxied.of(from("127.0.0.1", "1.2.3.4, 203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(proxied.of(from("127.0.0.1", "203.0.113.5, 10.1.1.1"))).as("two proxies").isEqualTo("203.0.113.5");
        assertThat(proxied.of(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(proxied.of(from("127.0.0.1", " , "))).isEqualTo("127.0.0.1");
        assertThat(proxied.of(from("127.0.0.1", "x".repeat(3_000)))).as("an oversized header").isEqualTo("127.0.0.1");
    }

    @Test
    void theBackoffDoublesUpToAnHour() {
        assertThat(LoginThrottle.block(0)).hasMinutes(1);
        assertThat(LoginThrottle.block(1)).hasMinutes(2);
        assertThat(LoginThrottle.block(5)).hasMinutes(32);
        assertThat(LoginThrottle.block(6)).hasMinutes(60);
        assertThat(LoginThrottle.block(1_000)).hasMinutes(60);
    }
}
