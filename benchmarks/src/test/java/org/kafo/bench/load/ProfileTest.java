package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final String ADOPT = "org.kafo.server.resource.FrameworkResource.adopt";

    @Test
    void only_samples_through_the_method_count_and_a_method_counts_once_per_sample() {
        Profile profile = new Profile(List.of(
                List.of("org.h2.mvstore.MVMap.get", "org.kafo.rules.internal.Situations.of",
                        "org.kafo.rules.internal.Situations.of", ADOPT),
                List.of("org.eclipse.persistence.internal.X.y", "org.kafo.rules.internal.Situations.of", ADOPT),
                List.of("org.kafo.rules.RuleBook.check", "org.kafo.server.write.Writes$$Lambda.0x0000000026cab790.get",
                        "org.kafo.server.write.Writes.lambda$run$0",
                        "org.kafo.server.wiring.ContainerTransactions$Proxy$_$$_WeldSubclass.inTransaction", ADOPT),
                List.of("org.kafo.server.resource.FrameworkResource.framework")));

        List<String> lines = profile.markdown(ADOPT, 10);

        assertThat(lines.get(0)).isEqualTo("3 of the server's 4 CPU samples pass through `" + ADOPT + "`.");
        assertThat(lines).contains("| `org.kafo.rules.internal.Situations.of` | 67 % |",
                "| `org.kafo.rules.RuleBook.check` | 33 % |", "| org.h2.mvstore | 33 % |",
                "| org.eclipse.persistence | 33 % |", "| org.kafo.rules | 33 % |");
        assertThat(lines).noneMatch(line -> line.contains("`" + ADOPT + "`") && line.startsWith("|"));
        assertThat(lines).noneMatch(line -> line.contains("Writes") || line.contains("ContainerTransactions"));
    }

    @Test
    void long_waits_are_summed_by_what_and_where_for_the_requests_through_the_method() {
        List<String> lock = List.of("jdk.internal.misc.Unsafe.park", "java.util.concurrent.locks.LockSupport.park",
                "org.h2.mvstore.MVStore.commit", ADOPT);
        Profile profile = new Profile(List.of(List.of(ADOPT)), List.of(
                new Profile.Wait("jdk.ThreadPark", lock, 30_000_000),
                new Profile.Wait("jdk.ThreadPark", lock, 12_000_000),
                new Profile.Wait("jdk.FileForce", List.of("sun.nio.ch.FileChannelImpl.force", "org.h2.store.fs.X.sync",
                        ADOPT), 5_000_000),
                new Profile.Wait("jdk.ThreadPark", List.of("org.glassfish.grizzly.Idle.wait"), 900_000_000)));

        assertThat(profile.waits(ADOPT, 10)).containsSubsequence(
                "| parked (a java.util.concurrent lock or condition) | `org.h2.mvstore.MVStore.commit` | 2 | 42 |",
                "| forcing a file to disk (fsync) | `org.h2.store.fs.X.sync` | 1 | 5 |");
        assertThat(new Profile(List.of()).waits(ADOPT, 10)).contains(
                "No long wait (lock, file, socket) recorded on those requests.");
    }

    @Test
    void a_library_is_at_most_the_first_three_parts_of_the_package() {
        assertThat(Profile.library("java.util.HashMap.get")).isEqualTo("java.util");
        assertThat(Profile.library("org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.commit"))
                .isEqualTo("org.eclipse.persistence");
        assertThat(Profile.library("org.h2.mvstore.MVMap.get")).isEqualTo("org.h2.mvstore");
    }
}
