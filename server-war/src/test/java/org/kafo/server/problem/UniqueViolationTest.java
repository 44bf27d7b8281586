package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.server.api.Problem;

class UniqueViolationTest {

    private final ProblemMapper mapper = ProblemMapperTest.mapper(Locale.ENGLISH, "/api/frameworks/1/meetings");

    /** As the container reports a commit the database refused: the SQL failure deep in the causes. */
    private static RuntimeException commitRefused(SQLException sql) {
        return new IllegalStateException("Transaction rolled back",
                new RuntimeException("Exception [EclipseLink-4002]: Internal Exception: " + sql.getMessage(), sql));
    }

    @Test
    void a_unique_constraint_refusing_the_commit_is_a_409_conflict_not_a_500() {
        // given
        SQLException duplicate = new SQLException(
                "duplicate key value violates unique constraint \"uq_meeting_framework_sequence\"", "23505");

        // when
        Problem problem = mapper.problem(commitRefused(duplicate));

        // then
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("aggregate.duplicate");
        assertThat(problem.detail()).doesNotContain("uq_meeting", "EclipseLink", "SQL");
        assertThat(problem.instance()).isEqualTo("/api/frameworks/1/meetings");
    }

    @Test
    void a_unique_violation_behind_a_batch_failure_is_found_too() {
        // given a JDBC batch whose own state is generic, the duplicate in its next exception
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "HY000", new int[0]);
        batch.setNextException(new SQLException("Unique index or primary key violation", "23505"));

        // when / then
        assertThat(UniqueViolation.in(commitRefused(batch))).isTrue();
        assertThat(mapper.problem(commitRefused(batch)).status()).isEqualTo(409);
    }

    @Test
    void other_database_failures_stay_server_errors() {
        // given a column left empty: the server's own mistake, not the caller's
        SQLException notNull = new SQLException("NULL not allowed for column \"VENUE\"", "23502");

        // when / then
        assertThat(UniqueViolation.in(commitRefused(notNull))).isFalse();
        assertThat(mapper.problem(commitRefused(notNull)).status()).isEqualTo(500);
        assertThat(UniqueViolation.in(new IllegalStateException("no cause"))).isFalse();
    }
}
