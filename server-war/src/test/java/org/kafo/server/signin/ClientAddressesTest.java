package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void without_a_trusted_proxy_the_socket_s_peer_is_the_client_whatever_the_headers_say() {
        assertThat(ClientAddresses.of("198.51.100.4", List.of("203.0.113.9"), Set.of())).isEqualTo("198.51.100.4");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_last_address_no_trusted_proxy_wrote() {
        Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");

        // the client forged the first entry; the proxies appended what they saw
        assertThat(ClientAddresses.of("10.0.0.2", List.of("1.2.3.4, 203.0.113.9", "10.0.0.3"), proxies))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddresses.of("10.0.0.2", List.of(), proxies)).isEqualTo("10.0.0.2");
        assertThat(ClientAddresses.of("198.51.100.4", List.of("1.2.3.4"), proxies)).isEqualTo("198.51.100.4");
    }
}
