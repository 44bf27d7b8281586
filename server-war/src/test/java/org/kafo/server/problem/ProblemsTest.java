package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kafo.server.access.SignInRequiredException;

class ProblemsTest {

    @Test
    void the_unauthorized_problem_is_the_same_whatever_was_wrong() {
        assertThat(Problems.unauthorized("/api/frameworks").detail())
                .isEqualTo(new SignInRequiredException().getMessage());
    }
}
