package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which address a request comes from, for the sign-in throttle: the socket's peer, unless that peer
 * is one of the reverse proxies named in {@code kafo.auth.trusted-proxies}; then the right-most
 * address of {@code X-Forwarded-For} that is not itself such a proxy (what the proxies in front
 * saw; anything left of it the client may have written itself). No proxy is trusted by default:
 * a header any client can send must not choose the address it is counted under.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "kafo.auth.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")), proxies());
    }

    /** The client's address from the socket's peer and the {@code X-Forwarded-For} headers, in order. */
    static String of(String peer, List<String> forwardedFor, Set<String> proxies) {
        if (!proxies.contains(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    private Set<String> proxies() {
        return java.util.Arrays.stream(trustedProxies.orElse("").split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toSet());
    }
}
