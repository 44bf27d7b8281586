package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.access.Caller;
import org.kafo.server.api.Problem;
import org.kafo.server.http.BadInputException;
import org.kafo.server.http.BodyTooLargeException;

class ProblemMapperTest {

    private final ProblemMapper mapper = mapper(Locale.FRENCH, "/api/frameworks");

    /** A mapper for a POST to {@code path} by a caller who reads {@code language}. */
    static ProblemMapper mapper(Locale language, String path) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.caller = new Caller();
        mapper.caller.accept("POST", List.of(language), path);
        return mapper;
    }

    @Test
    void an_unexpected_failure_is_a_generic_500_that_shows_nothing_of_it() {
        // when
        Problem problem = mapper.problem(new IllegalStateException("secret detail at org.kafo.Internal"));

        // then
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("server.error");
        assertThat(problem.detail()).doesNotContain("secret", "org.kafo", "IllegalState");
        assertThat(problem.instance()).isEqualTo("/api/frameworks");
    }

    @Test
    void domain_failures_keep_their_code_and_status() {
        FrameworkId id = FrameworkId.newId();
        assertThat(mapper.problem(new AggregateNotFoundException("framework", id)).status()).isEqualTo(404);
        Problem stale = mapper.problem(new StaleAggregateException("framework", id, 2, 5));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.currentVersion()).isEqualTo(5);
        Problem invalid = mapper.problem(new InvariantViolationException("money.negative", "money must not be negative"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("money.negative");
    }

    @Test
    void unreadable_json_is_400_and_names_no_java_class() {
        // when
        Problem problem = mapper.problem(new ProcessingException("deserialization", new JsonbException(
                "Json property nom can not be mapped to a class class org.kafo.server.api.ProposeFrameworkRequest.")));

        // then
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("json.malformed");
        assertThat(problem.detail()).doesNotContain("ProposeFrameworkRequest", "org.kafo", "class")
                .isEqualTo("Le corps n'est pas du JSON de la forme attendue.");
    }

    @Test
    void a_parser_message_echoing_a_long_input_is_mapped_at_once_and_shows_none_of_it() {
        // given what a parser says of an unknown key of 100,000 characters
        String message = "Unrecognized field " + "a.".repeat(50_000) + " of class org.kafo.server.api.AccountRequests$ChangePassword";

        // when
        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> mapper.problem(new ProcessingException("deserialization", new JsonbException(message))));

        // then
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("AccountRequests", "$", "a.a.");
    }

    @Test
    void a_refused_body_is_400_with_a_detail_in_the_callers_language_naming_the_field() {
        // given
        BadInputException refused = new BadInputException("json.type", "json.expected-enum",
                "/costShares/0/form", "CASH, IN_KIND", "x".repeat(10_000));

        // when
        Problem french = mapper.problem(refused);
        mapper.caller.accept("POST", List.of(Locale.ENGLISH), "/api/frameworks");
        Problem english = mapper.problem(refused);

        // then
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.code()).isEqualTo("json.type");
        assertThat(french.detail()).startsWith("/costShares/0/form doit être l'une des valeurs CASH, IN_KIND, était « xxx")
                .hasSizeLessThan(BadInputException.MAX_ECHO + 100);
        assertThat(english.detail()).startsWith("/costShares/0/form must be one of CASH, IN_KIND, was \"xxx");
    }

    @Test
    void a_model_message_quoting_a_long_input_is_cut() {
        Problem problem = mapper.problem(new InvariantViolationException("identifier.malformed",
                "not an identifier: " + "9".repeat(100_000)));
        assertThat(problem.detail()).hasSizeLessThanOrEqualTo(ProblemMapper.MAX_DETAIL + 1);
    }

    @Test
    void what_the_framework_refuses_by_status_has_a_detail_of_its_own() {
        Problem problem = mapper.http(jakarta.ws.rs.core.Response.Status.METHOD_NOT_ALLOWED);
        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.detail()).contains("en-tête Allow");
        assertThat(problem.title()).isEqualTo("Méthode non admise");
    }

    @Test
    void a_body_over_the_limit_is_413_even_when_the_parser_wrapped_it() {
        Problem problem = mapper.problem(new ProcessingException("deserialization",
                new JsonbException("read failed", new BodyTooLargeException(1024))));
        assertThat(problem.status()).isEqualTo(413);
    }

    @Test
    void an_optimistic_lock_failure_at_commit_is_409() {
        Problem problem = mapper.problem(new RuntimeException("commit", new OptimisticLockException()));
        assertThat(problem.status()).isEqualTo(409);
    }

    /** Stands for the persistence provider's exception, known by name only. */
    static final class OptimisticLockException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
