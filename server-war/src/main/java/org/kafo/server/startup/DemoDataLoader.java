package org.kafo.server.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.demo.PactMaliDataset;
import org.kafo.demo.SimulationResult;
import org.kafo.model.Repositories;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.wiring.ContainerTransactions;

/**
 * Writes the demonstration data once, at the first start on an empty database (no region yet):
 * PACT's training dataset (its 20 communes, their organisations, frameworks and
 * first needs) with {@code kafo.demo-data.cycles} quarterly plan cycles played from the seed
 * {@code kafo.demo-data.seed}, every change through the process. {@code kafo.demo-data=false}
 * leaves the database empty.
 *
 * <p>The story is dated relative to the day it is written, or to {@code kafo.demo-data.as-of}
 * ({@code yyyy-mm-dd}) when set: the frameworks were established some seven months before, the last
 * plan is in force that day with work done and an action overdue, its obstacle open, and the meeting
 * that reviews it convened a few weeks ahead ({@link PactMaliDataset#playUntil}). As of 2008-07-15 the
 * days are the dataset's own.
 *
 * <p>Each command runs in its own transaction, as a client's would: one transaction for the whole
 * dataset took two to three times as long (the persistence context grows with every command). A
 * start that fails half-way leaves part of the dataset, and the next start, seeing regions, does not
 * write it again: start on a fresh database (another {@code kafo.data.dir}) to have it whole.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    ConsultationProcess process;

    @Inject
    Repositories repositories;

    @Inject
    ContainerTransactions transactions;

    @Inject
    @ConfigProperty(name = "kafo.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "kafo.demo-data.cycles", defaultValue = "2")
    int cycles;

    @Inject
    @ConfigProperty(name = "kafo.demo-data.seed", defaultValue = "42")
    long seed;

    @Inject
    @ConfigProperty(name = "kafo.demo-data.as-of")
    Optional<LocalDate> asOf;

    /** Whether the demonstration data is there after this call (written now or before). */
    public boolean load() {
        if (!enabled) {
            return false;
        }
        try {
            if (!transactions.inTransaction(() -> repositories.regions().findAll().isEmpty())) {
                return true;
            }
            long start = System.nanoTime();
            SimulationResult result = write(process, cycles, seed, asOf.orElseGet(LocalDate::now));
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "Demonstration data written in " + millis + " ms: PACT's training dataset, "
                    + result.communes().size() + " communes with " + result.cycles()
                    + " plan cycle(s) each (seed " + result.seed() + "), as of " + result.asOf());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demonstration data could not be written whole; the server runs with what"
                    + " was written (start on an empty database to write it again)", e);
            return false;
        }
    }

    /**
     * Writes PACT's training dataset through {@code process} and plays its cycles as of {@code today}.
     *
     * @throws IllegalStateException if the rule book refuses a step
     */
    public static SimulationResult write(ConsultationProcess process, int cycles, long seed, LocalDate today) {
        return PactMaliDataset.load().playUntil(process, cycles, seed, today);
    }
}
