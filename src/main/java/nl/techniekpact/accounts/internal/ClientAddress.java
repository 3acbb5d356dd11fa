package nl.techniekpact.accounts.internal;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of the client, for login throttling. {@code X-Forwarded-For} is believed only when the request
 * comes from a configured proxy ({@code techniekpact.security.trusted-proxies}, exact addresses): then the
 * client is the right-most address in the header that is not itself a trusted proxy. From anyone else the header
 * is ignored, so a client cannot pick the address it is counted under, and a proxy's own address never stands for
 * everyone behind it.
 */
@Component
class ClientAddress {

    private static final int MAX_HEADER = 2_000;

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${techniekpact.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trustedProxies.contains(peer) || forwarded == null || forwarded.isBlank()
                || forwarded.length() > MAX_HEADER) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? peer : hop;
            }
        }
        return peer;
    }
}
