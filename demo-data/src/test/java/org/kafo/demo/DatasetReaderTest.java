package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A dataset that does not hold together is refused with the path of what is wrong. */
class DatasetReaderTest {

    @Test
    void a_file_that_is_not_json_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.read(json("not json")))
                .withMessageStartingWith("not a JSON object");
    }

    @Test
    void a_missing_field_is_named_by_its_path() throws IOException {
        String broken = bundled().replaceFirst("\"name\": \"Dioro\",", "");

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.read(json(broken)))
                .withMessage("$.regions[0].cercles[0].communes[0].name is missing or not text");
    }

    @Test
    void cost_shares_that_do_not_add_up_to_a_hundred_percent_are_refused() throws IOException {
        String broken = bundled().replaceFirst("\"percent\": 70", "\"percent\": 69");

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.read(json(broken)))
                .withMessage("need 'piv': the shares do not add up to 100 %");
    }

    @Test
    void a_need_raised_by_an_unknown_organisation_is_refused() throws IOException {
        String broken = bundled().replaceFirst("\"raisedBy\": \"riz\"", "\"raisedBy\": \"nobody\"");

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.read(json(broken)))
                .withMessage("Dioro: no organisation 'nobody'");
    }

    @Test
    void an_unknown_kind_of_organisation_is_refused() throws IOException {
        String broken = bundled().replaceFirst("\"kind\": \"COOPERATIVE\"", "\"kind\": \"GUILD\"");

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.read(json(broken)))
                .withMessageEndingWith("GUILD is not a OrganisationKind");
    }

    private static String bundled() throws IOException {
        try (InputStream in = PactMaliDataset.class.getResourceAsStream(PactMaliDataset.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
