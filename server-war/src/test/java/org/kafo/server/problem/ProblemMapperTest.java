package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.server.api.Problem;
import org.kafo.server.access.Caller;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @BeforeEach
    void caller() {
        mapper.caller = new Caller();
        mapper.caller.accept("POST", List.of(Locale.FRENCH), "/api/frameworks");
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
        assertThat(problem.detail()).contains("ProposeFrameworkRequest").doesNotContain("org.kafo");
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
