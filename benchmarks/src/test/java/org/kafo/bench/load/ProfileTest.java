package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final String ADOPT = "org.kafo.server.resource.FrameworkResource.adopt";

    @Test
    void only_samples_through_the_method_count_and_a_method_counts_once_per_sample() {
        Profile profile = new Profile(List.of(
                List.of("org.h2.mvstore.MVMap.get", "org.kafo.rules.process.Situations.of",
                        "org.kafo.rules.process.Situations.of", ADOPT),
                List.of("org.eclipse.persistence.internal.X.y", "org.kafo.rules.process.Situations.of", ADOPT),
                List.of("org.kafo.rules.RuleBook.check", "org.kafo.server.core.Writes$$Lambda.0x0000000026cab790.get",
                        "org.kafo.server.core.Writes.lambda$run$0",
                        "org.kafo.server.core.ContainerTransactions$Proxy$_$$_WeldSubclass.inTransaction", ADOPT),
                List.of("org.kafo.server.resource.FrameworkResource.framework")));

        List<String> lines = profile.markdown(ADOPT, 10);

        assertThat(lines.get(0)).isEqualTo("3 of the server's 4 CPU samples pass through `" + ADOPT + "`.");
        assertThat(lines).contains("| `org.kafo.rules.process.Situations.of` | 67 % |",
                "| `org.kafo.rules.RuleBook.check` | 33 % |", "| org.h2.mvstore | 33 % |",
                "| org.eclipse.persistence | 33 % |", "| org.kafo.rules | 33 % |");
        assertThat(lines).noneMatch(line -> line.contains("`" + ADOPT + "`") && line.startsWith("|"));
        assertThat(lines).noneMatch(line -> line.contains("Writes") || line.contains("ContainerTransactions"));
    }

    @Test
    void a_library_is_at_most_the_first_three_parts_of_the_package() {
        assertThat(Profile.library("java.util.HashMap.get")).isEqualTo("java.util");
        assertThat(Profile.library("org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.commit"))
                .isEqualTo("org.eclipse.persistence");
        assertThat(Profile.library("org.h2.mvstore.MVMap.get")).isEqualTo("org.h2.mvstore");
    }
}
