package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KafoAuthenticationTest {

    @Test
    void basic_credentials_are_a_name_and_a_password() {
        String header = "Basic " + Base64.getEncoder().encodeToString("dioro.mairie:un mot: de passe".getBytes(StandardCharsets.UTF_8));

        UsernamePasswordCredential credential = (UsernamePasswordCredential) KafoAuthentication.credential(header);

        assertThat(credential.getCaller()).isEqualTo("dioro.mairie");
        assertThat(credential.getPasswordAsString()).isEqualTo("un mot: de passe");
    }

    @Test
    void a_bearer_token_is_taken_as_it_is() {
        assertThat(KafoAuthentication.credential("Bearer abc.DEF_123")).isEqualTo(new TokenCredential("abc.DEF_123"));
        assertThat(KafoAuthentication.credential("bearer abc")).isEqualTo(new TokenCredential("abc"));
    }

    @Test
    void anything_else_is_no_credential() {
        for (String header : new String[] {"Basic", "Basic !!!", "Basic " + encode("no-colon"), "Basic " + encode(":pw"),
                "Basic " + encode("user:"), "Digest username=x", "Bearer ", "token"}) {
            assertThat(KafoAuthentication.credential(header)).as(header).isNull();
        }
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
