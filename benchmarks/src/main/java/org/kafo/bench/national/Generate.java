package org.kafo.bench.national;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;
import org.kafo.persistence.jpa.JpaRepositories;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.rules.indicator.Indicators;

/**
 * Generates the national data set into an empty Kafo database, then checks a sample of it through
 * the JPA repositories: every aggregate reads back as it was generated, and the totals the database
 * adds up give the indicators the rule engine computes from the aggregates.
 *
 * <pre>
 * java -cp benchmarks.jar org.kafo.bench.national.Generate --url jdbc:postgresql://127.0.0.1:5432/kafo \
 *     --user kafo --password kafo [--communes 815] [--cycles 40] [--seed 2026] [--check-every 50]
 * </pre>
 *
 * Prints one line of {@code key=value} figures for the benchmark's report.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = Options.required(options, "url");
        String user = options.getOrDefault("user", "");
        String password = options.getOrDefault("password", "");
        NationalData data = NationalData.of(Integer.parseInt(options.getOrDefault("communes", "815")),
                Integer.parseInt(options.getOrDefault("cycles", "40")), Long.parseLong(options.getOrDefault("seed", "2026")));
        int checkEvery = Integer.parseInt(options.getOrDefault("check-every", "50"));
        System.out.println(run(url, user, password, data, checkEvery));
    }

    /** What the generation did, as {@code key=value} pairs. */
    static String run(String url, String user, String password, NationalData data, int checkEvery) throws SQLException {
        try (KafoPersistence persistence = KafoPersistence.open(url, user, password)) {
            long started = System.nanoTime();
            List<CommuneStory.History> sample = new ArrayList<>();
            long rows;
            try (Connection connection = DriverManager.getConnection(batched(url), user, password)) {
                requireEmpty(connection);
                try (SqlWriter writer = new SqlWriter(connection)) {
                    Territory territory = data.territory();
                    for (var region : territory.regions()) {
                        writer.region(region);
                    }
                    for (var cercle : territory.cercles()) {
                        writer.cercle(cercle);
                    }
                    for (var organisation : territory.organisations()) {
                        writer.organisation(organisation);
                    }
                    int[] count = {0};
                    data.communes(territory, history -> {
                        try {
                            write(writer, history);
                            if (++count[0] % 25 == 0) {
                                writer.commit();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        if (checkEvery > 0 && (count[0] - 1) % checkEvery == 0) {
                            sample.add(history);
                        }
                    });
                    writer.commit();
                    rows = writer.rows();
                }
                long written = System.nanoTime();
                if (url.startsWith("jdbc:postgresql:")) {
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("VACUUM ANALYZE");
                    }
                }
                long analysed = System.nanoTime();
                check(persistence.repositories(), sample, data);
                long checked = System.nanoTime();
                return "communes=" + data.communes() + " cycles=" + data.cycles() + " seed=" + data.seed() + " rows=" + rows
                        + " write_s=" + seconds(written - started) + " analyse_s=" + seconds(analysed - written)
                        + " check_s=" + seconds(checked - analysed) + " checked=" + sample.size()
                        + " database_mb=" + databaseMegabytes(connection, url);
            }
        }
    }

    static void write(SqlWriter writer, CommuneStory.History h) throws SQLException {
        writer.commune(h.commune());
        for (Organisation.State organisation : h.organisations()) {
            writer.organisation(organisation);
        }
        writer.framework(h.framework());
        for (Need.State need : h.needs()) {
            writer.need(need);
        }
        for (Meeting.State meeting : h.meetings()) {
            writer.meeting(meeting);
        }
        for (ActionPlan.State plan : h.plans()) {
            writer.plan(plan);
        }
        if (h.committee() != null) {
            writer.committee(h.committee());
        }
    }

    /**
     * Every aggregate of the sampled communes reads back through the repositories as it was
     * generated, and the database's totals give the rule engine's indicators.
     *
     * @throws IllegalStateException on the first difference
     */
    static void check(JpaRepositories repositories, List<CommuneStory.History> sample, NationalData data) {
        for (CommuneStory.History h : sample) {
            same("commune", repositories.communes().get(h.commune().id()).snapshot(), h.commune());
            for (Organisation.State organisation : h.organisations()) {
                same("organisation", repositories.organisations().get(organisation.id()).snapshot(), organisation);
            }
            List<ConsultationFramework> frameworks = repositories.frameworks().findByCommune(h.commune().id());
            same("frameworks", frameworks.stream().map(ConsultationFramework::snapshot).toList(), List.of(h.framework()));
            same("needs", repositories.needs().findByFramework(h.framework().id()).stream().map(Need::snapshot).toList(),
                    h.needs());
            same("meetings", repositories.meetings().findByFramework(h.framework().id()).stream()
                    .map(Meeting::snapshot).toList(), h.meetings());
            same("plans", repositories.plans().findByFramework(h.framework().id()).stream().map(ActionPlan::snapshot)
                    .toList(), h.plans());
            same("committee", repositories.committees().findByFramework(h.framework().id())
                    .map(MonitoringCommittee::snapshot).orElse(null), h.committee());
            same("plan in force", repositories.plans().findInForce(h.framework().id()).stream()
                    .map(ActionPlan::snapshot).toList(), h.plans().stream().filter(p -> p.review() == null).toList());
            same("indicators", repositories.totals().ofFramework(h.framework().id(), data.asOf()),
                    Indicators.of(repositories, h.framework().id(), data.asOf()));
        }
        // the database's sums across the country are those of its totals framework by framework
        same("country's sums", repositories.totals().sumOfCountry(data.asOf()),
                FrameworkIndicators.sum(data.asOf(), repositories.totals().ofCountry(data.asOf())));
    }

    private static void same(String what, Object read, Object generated) {
        if (!Objects.equals(read, generated)) {
            throw new IllegalStateException(what + " read back differ from what was generated:\n read      "
                    + read + "\n generated " + generated);
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM commune")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds communes: generate into an empty one");
            }
        }
    }

    private static String batched(String url) {
        return url.startsWith("jdbc:postgresql:") ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
                : url;
    }

    private static long databaseMegabytes(Connection connection, String url) throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            return -1;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1) / (1024 * 1024);
        }
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
