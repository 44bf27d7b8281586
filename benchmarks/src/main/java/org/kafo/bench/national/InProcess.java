package org.kafo.bench.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.meeting.MeetingRepository;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.territory.CercleRepository;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.CommuneRepository;
import org.kafo.model.territory.RegionRepository;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.rules.indicator.Indicators;

/**
 * The indicators of the whole country in this JVM (run it with {@code -Xmx512m}), on the library's two
 * paths: the totals the database adds up ({@code totals.sumOfCountry(day)}, what the
 * server answers {@code GET /api/indicators} with), timed over repeated runs after a warm-up; and the
 * aggregates loaded framework after framework ({@code Indicators.ofCountry(repositories, day)}),
 * run once, stopped after {@code --cap-seconds}, with how many frameworks it had loaded by then.
 * Prints Markdown table rows.
 */
public final class InProcess {

    private InProcess() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        LocalDate day = LocalDate.parse(options.getOrDefault("as-of", NationalData.AS_OF.toString()));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
        int cap = Integer.parseInt(options.getOrDefault("cap-seconds", "60"));
        try (KafoPersistence db = KafoPersistence.open(Options.required(options, "url"),
                options.getOrDefault("user", ""), options.getOrDefault("password", ""))) {
            FrameworkIndicators country = null;
            for (int i = 0; i < warmup; i++) {
                country = db.repositories().totals().sumOfCountry(day);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                country = db.repositories().totals().sumOfCountry(day);
                nanos[i] = System.nanoTime() - start;
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("| country, the database's sums (in-process, `totals.sumOfCountry(%s)`) | %s | %d frameworks, %d actions, %d attendances; heap max %d MB |%n",
                    day, new Timings(nanos).cells(), country.frameworks().size(), country.actions().total(),
                    country.attendance().total().persons(), rt.maxMemory() / (1024 * 1024));

            AtomicInteger loaded = new AtomicInteger();
            Repositories counting = new Counting(db.repositories(), loaded);
            long start = System.nanoTime();
            Thread old = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Indicators.ofCountry(counting, day);
                } catch (Throwable e) {
                    System.err.println("aggregates path failed: " + e);
                }
            });
            old.join(cap * 1000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            String outcome = old.isAlive()
                    ? String.format(java.util.Locale.ROOT, "not finished after %.0f s: %d of %d frameworks loaded", seconds,
                            loaded.get(), country.frameworks().size())
                    : String.format(java.util.Locale.ROOT, "finished in %.1f s", seconds);
            System.out.printf("| country, aggregates loaded one framework after the other (in-process, `Indicators.ofCountry(repositories, %s)`, no database totals) | 1 | %s | | | | %s |%n",
                    day, old.isAlive() ? "—" : String.format(java.util.Locale.ROOT, "%.1f", seconds * 1000), outcome);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    /** The repositories, counting the frameworks whose history is loaded. */
    private record Counting(Repositories delegate, AtomicInteger loaded) implements Repositories {

        @Override
        public RegionRepository regions() {
            return delegate.regions();
        }

        @Override
        public CercleRepository cercles() {
            return delegate.cercles();
        }

        @Override
        public CommuneRepository communes() {
            return delegate.communes();
        }

        @Override
        public OrganisationRepository organisations() {
            return delegate.organisations();
        }

        @Override
        public FrameworkRepository frameworks() {
            FrameworkRepository frameworks = delegate.frameworks();
            return new FrameworkRepository() {
                @Override
                public List<ConsultationFramework> findByCommune(CommuneId commune) {
                    return frameworks.findByCommune(commune);
                }

                @Override
                public List<ConsultationFramework> findAll() {
                    return frameworks.findAll();
                }

                @Override
                public Optional<ConsultationFramework> find(FrameworkId id) {
                    return frameworks.find(id);
                }

                @Override
                public ConsultationFramework get(FrameworkId id) {
                    loaded.incrementAndGet();
                    return frameworks.get(id);
                }

                @Override
                public ConsultationFramework save(ConsultationFramework framework) {
                    return frameworks.save(framework);
                }
            };
        }

        @Override
        public NeedRepository needs() {
            return delegate.needs();
        }

        @Override
        public MeetingRepository meetings() {
            return delegate.meetings();
        }

        @Override
        public ActionPlanRepository plans() {
            return delegate.plans();
        }

        @Override
        public CommitteeRepository committees() {
            return delegate.committees();
        }
    }
}
