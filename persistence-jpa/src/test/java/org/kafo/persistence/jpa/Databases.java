package org.kafo.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the tests run on, opened once per test run: H2 in memory and in a file always,
 * PostgreSQL when {@code KAFO_TEST_PG_URL} (with {@code _USER}, {@code _PASSWORD}) is set. When
 * {@code KAFO_TEST_PG_REQUIRED=true}, a missing or unreachable PostgreSQL fails the tests instead
 * of being left out.
 */
public final class Databases {

    /** One database under test; its name shows in the test reports. */
    public record Database(String name, KafoPersistence persistence) {

        public JpaRepositories repositories() {
            return persistence.repositories();
        }

        public JpaTransactions transactions() {
            return persistence.transactions();
        }

        public boolean isPostgres() {
            return name.startsWith("PostgreSQL");
        }

        /** Deletes every row of every table: for tests that look at a whole table (find all). */
        public void deleteEverything() {
            transactions().inTransaction(() -> {
                EntityManager em = transactions().withEntityManager(e -> e);
                for (String table : TABLES) {
                    em.createNativeQuery("DELETE FROM " + table).executeUpdate();
                }
            });
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Children before their parents. */
    private static final List<String> TABLES = List.of(
            "committee_obstacle", "committee_report", "committee_mandate_duty", "committee_mandate", "committee_member",
            "committee", "plan_action_note", "plan_action_need", "plan_action_cost_share", "plan_action", "action_plan",
            "meeting_postponement", "meeting_minutes_approval", "meeting_attendance", "meeting_agenda_item", "meeting_invitee", "meeting",
            "need_action", "need", "framework_deliberation", "framework_status_change", "framework_representative", "framework_membership_sector",
            "framework_membership", "framework_sector", "framework", "organisation_sector", "organisation",
            "commune_assignment", "commune_alias", "commune", "cercle", "region");

    private static List<Database> all;

    private Databases() {
    }

    /** Every database available to this run. */
    public static synchronized List<Database> all() {
        if (all == null) {
            List<Database> open = new ArrayList<>();
            open.add(h2Memory());
            open.add(new Database("H2 file", KafoPersistence.open("jdbc:h2:" + h2File() + "/kafo", "sa", "")));
            postgres().ifPresent(open::add);
            all = List.copyOf(open);
        }
        return all;
    }

    /** For parameterised tests: {@code @MethodSource("org.kafo.persistence.jpa.Databases#databases")}. */
    public static Stream<Database> databases() {
        return all().stream();
    }

    public static Database h2Memory() {
        return new Database("H2 memory", KafoPersistence.open(
                "jdbc:h2:mem:kafo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** A fresh directory for H2 files under target/. */
    public static Path h2File() {
        try {
            Path dir = Paths.get("target", "h2");
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, "kafo-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("KAFO_TEST_PG_REQUIRED"));
    }

    private static java.util.Optional<Database> postgres() {
        String url = System.getenv("KAFO_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (postgresRequired()) {
                throw new IllegalStateException("KAFO_TEST_PG_REQUIRED=true but KAFO_TEST_PG_URL is not set");
            }
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Database("PostgreSQL", KafoPersistence.open(url,
                    System.getenv("KAFO_TEST_PG_USER"), System.getenv("KAFO_TEST_PG_PASSWORD"))));
        } catch (RuntimeException e) {
            if (postgresRequired()) {
                throw new IllegalStateException("PostgreSQL at " + url + " is required but cannot be opened", e);
            }
            System.err.println("PostgreSQL at " + url + " cannot be opened, its tests are left out: " + e);
            return java.util.Optional.empty();
        }
    }
}
