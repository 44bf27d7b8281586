package org.kafo.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.server.api.AdoptActionPlanRequest;
import org.kafo.server.api.ContributionRequest;
import org.kafo.server.api.MemberCountValue;
import org.kafo.server.api.ProposeFrameworkRequest;
import org.kafo.server.problem.Messages;

class StrictJsonTest {

    private static final String COMMUNE = "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11";

    @Test
    void a_well_formed_body_of_the_right_shape_passes() {
        // given
        String body = """
                {"commune": "%s", "name": "Cadre de Dioro\\nligne deux\\tet tabulation",
                 "prioritySectors": ["small-scale-irrigation"], "on": "2008-02-01"}""".formatted(COMMUNE);

        // when
        JsonValue value = read(body, ProposeFrameworkRequest.class);

        // then
        assertThat(value.asJsonObject().getString("name")).contains("\n", "\t");
    }

    @Test
    void a_list_where_the_body_object_is_expected_is_refused() {
        assertRefused("[{\"name\": \"Cadre\"}]", ProposeFrameworkRequest.class, "json.type", "json.expected-body-object");
        assertRefused("[{\"name\": \"Cadre\"}, {\"name\": \"Autre\"}]", ProposeFrameworkRequest.class, "json.type",
                "json.expected-body-object");
        assertRefused("null", ProposeFrameworkRequest.class, "json.type", "json.expected-body-object");
    }

    @Test
    void anything_after_the_json_value_is_refused() {
        assertRefused("{\"name\": \"Cadre\"} trailing", ProposeFrameworkRequest.class, "json.trailing", "json.trailing");
        assertRefused("{\"name\": \"Cadre\"}{\"name\": \"Autre\"}", ProposeFrameworkRequest.class, "json.trailing",
                "json.trailing");
    }

    @Test
    void a_key_given_twice_is_refused_with_its_pointer() {
        BadInputException refused = refused("{\"name\": \"Cadre\", \"name\": \"Autre\"}", ProposeFrameworkRequest.class);
        assertThat(refused.code()).isEqualTo("json.duplicate");
        assertThat(refused.facts()).containsExactly("/name");
    }

    @Test
    void a_number_or_boolean_where_text_is_expected_is_refused() {
        assertThat(refused("{\"name\": 12}", ProposeFrameworkRequest.class).facts()).containsExactly("/name");
        assertThat(refused("{\"name\": true}", ProposeFrameworkRequest.class).messageKey()).isEqualTo("json.expected-string");
        assertThat(refused("{\"commune\": 12}", ProposeFrameworkRequest.class).facts()).containsExactly("/commune");
    }

    @Test
    void text_where_a_number_is_expected_is_refused() {
        BadInputException refused = refused("{\"amount\": {\"amount\": \"1500000\"}}", ContributionRequest.class);
        assertThat(refused.messageKey()).isEqualTo("json.expected-whole");
        assertThat(refused.facts()[0]).isEqualTo("/amount/amount");
    }

    @Test
    void a_fraction_or_a_number_out_of_range_where_a_whole_number_is_expected_is_refused() {
        for (String amount : new String[] {"1.5", "1e308", "1E3", "9223372036854775808", "-9223372036854775809",
                "1.0", "123456789012345678901234567890123456789012345678901234567890"}) {
            BadInputException refused = refused("{\"amount\": {\"amount\": " + amount + "}}", ContributionRequest.class);
            assertThat(refused.facts()[0]).as(amount).isEqualTo("/amount/amount");
        }
        assertThat(refused("{\"members\": 2147483648}", MemberCountValue.class).facts()[0]).isEqualTo("/members");
        assertThat(read("{\"amount\": {\"amount\": 9223372036854775807}}", ContributionRequest.class)).isNotNull();
    }

    @Test
    void null_inside_a_list_is_refused_with_its_pointer_and_null_for_a_field_is_left_to_the_model() {
        BadInputException refused = refused("{\"meeting\": null, \"actions\": [{\"title\": \"PIV\", \"costShares\": [null]}]}",
                AdoptActionPlanRequest.class);
        assertThat(refused.code()).isEqualTo("json.null-element");
        assertThat(refused.facts()).containsExactly("/actions/0/costShares/0");
    }

    @Test
    void an_enum_value_outside_its_constants_names_the_field_and_the_allowed_values() {
        // when
        BadInputException refused = refused("{\"actions\": [{\"costShares\": [{\"form\": \"x\"}]}]}",
                AdoptActionPlanRequest.class);

        // then
        assertThat(refused.facts()).containsExactly("/actions/0/costShares/0/form", "CASH, IN_KIND", "x");
        assertThat(Messages.text(Locale.ENGLISH, refused.messageKey(), refused.facts()))
                .isEqualTo("/actions/0/costShares/0/form must be one of CASH, IN_KIND, was \"x\".");
        assertThat(Messages.text(Locale.FRENCH, refused.messageKey(), refused.facts()))
                .isEqualTo("/actions/0/costShares/0/form doit être l'une des valeurs CASH, IN_KIND, était « x ».");
    }

    @Test
    void an_unknown_field_is_refused_with_its_pointer_and_the_known_fields() {
        BadInputException refused = refused("{\"nom\": \"Cadre\"}", ProposeFrameworkRequest.class);
        assertThat(refused.code()).isEqualTo("json.unknown");
        assertThat(refused.facts()).containsExactly("/nom", "commune, name, prioritySectors, on");
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused_not_replaced() {
        byte[] latin1 = "{\"name\": \"Ségou\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.parse(latin1)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.code()).isEqualTo("json.encoding"));
    }

    @Test
    void control_characters_are_refused_in_values_and_keys_but_tab_and_line_breaks_are_text() {
        assertThat(refused("{\"name\": \"Cadre\\u0000\"}", ProposeFrameworkRequest.class).facts())
                .containsExactly("/name", "U+0000");
        assertThat(refused("{\"name\": \"Cadre\\u0007\"}", ProposeFrameworkRequest.class).code())
                .isEqualTo("json.control-character");
        assertThat(refused("{\"name\": \"Cadre\u0007\"}", ProposeFrameworkRequest.class).code()).isEqualTo("json.malformed");
        assertThat(refused("{\"name\": \"Cadre\\u0085\"}", ProposeFrameworkRequest.class).code())
                .isEqualTo("json.control-character");
        assertThat(refused("{\"na\\u0001me\": \"Cadre\"}", ProposeFrameworkRequest.class).code())
                .isEqualTo("json.control-character");
        assertThat(refused("{\"name\": \"\\ud800\"}", ProposeFrameworkRequest.class).code()).isEqualTo("json.lone-surrogate");
        assertThat(read("{\"name\": \"a\\r\\nb\\tc 😀\"}", ProposeFrameworkRequest.class)).isNotNull();
    }

    @Test
    void days_and_identifiers_are_read_in_their_canonical_form_only() {
        assertThat(refused("{\"on\": \"2008-2-1\"}", ProposeFrameworkRequest.class).messageKey()).isEqualTo("json.expected-date");
        assertThat(refused("{\"on\": \"2008-02-30\"}", ProposeFrameworkRequest.class).messageKey()).isEqualTo("json.expected-date");
        assertThat(refused("{\"commune\": \"1-1-1-1-1\"}", ProposeFrameworkRequest.class).messageKey())
                .isEqualTo("json.expected-id");
    }

    @Test
    void deep_nesting_is_refused_without_exhausting_the_stack() {
        String deep = "{\"prioritySectors\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        assertThat(refused(deep, ProposeFrameworkRequest.class).code()).isEqualTo("json.too-deep");
    }

    @Test
    void what_a_refusal_echoes_of_the_input_is_cut_to_two_hundred_characters() {
        // when
        BadInputException refused = refused("{\"" + "k".repeat(100_000) + "\": 1}", ProposeFrameworkRequest.class);

        // then
        assertThat(refused.facts()[0].toString()).hasSizeLessThanOrEqualTo(BadInputException.MAX_ECHO + 1);
    }

    @Test
    void malformed_json_is_refused_with_its_position() {
        BadInputException refused = refused("{\"name\": ", ProposeFrameworkRequest.class);
        assertThat(refused.code()).isEqualTo("json.malformed");
    }

    private static JsonValue read(String body, Class<?> type) {
        JsonValue value = StrictJson.parse(body.getBytes(StandardCharsets.UTF_8));
        StrictJson.check(value, type);
        return value;
    }

    private static BadInputException refused(String body, Class<?> type) {
        BadInputException refused = catchThrowableOfType(BadInputException.class, () -> read(body, type));
        assertThat(refused).as(body.length() > 100 ? body.substring(0, 100) : body).isNotNull();
        return refused;
    }

    private static void assertRefused(String body, Class<?> type, String code, String key) {
        BadInputException refused = refused(body, type);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.messageKey()).isEqualTo(key);
    }
}
