package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageSessionTest {

    @Test
    void the_session_is_the_kafo_session_cookie_among_those_set() {
        assertThat(PageSession.sessionCookie(List.of("kafo_lang=fr; Max-Age=31536000; Path=/; SameSite=Lax",
                "kafo_session=abc.DEF-123; Max-Age=28800; Path=/; HttpOnly; SameSite=Lax")))
                .isEqualTo(Optional.of("abc.DEF-123"));
    }

    @Test
    void an_emptied_or_missing_cookie_is_no_session() {
        assertThat(PageSession.sessionCookie(List.of("kafo_session=; Max-Age=0; Path=/"))).isEmpty();
        assertThat(PageSession.sessionCookie(List.of("kafo_csrf=x; Path=/"))).isEmpty();
    }
}
