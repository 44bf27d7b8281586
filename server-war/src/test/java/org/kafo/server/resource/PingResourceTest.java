package org.kafo.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.kafo.server.access.Public;

class PingResourceTest {

    @Test
    void the_ping_answers_pong_in_plain_text() throws NoSuchMethodException {
        assertThat(new PingResource().ping()).isEqualTo("pong");
        assertThat(PingResource.class.getMethod("ping").getAnnotation(Produces.class).value())
                .containsExactly(MediaType.TEXT_PLAIN);
    }

    @Test
    void the_ping_is_public_at_api_ping() {
        assertThat(PingResource.class.getAnnotation(Path.class).value()).isEqualTo("ping");
        assertThat(PingResource.class.isAnnotationPresent(Public.class)).isTrue();
    }
}
