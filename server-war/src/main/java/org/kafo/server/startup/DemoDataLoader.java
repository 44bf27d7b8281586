package org.kafo.server.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.demo.PactMaliDataset;
import org.kafo.demo.SimulationResult;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.RecordMinutes;
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
            LocalDate today = asOf.orElseGet(LocalDate::now);
            SimulationResult result = write(process, cycles, seed, today);
            int minutes = transactions.inTransaction(() -> writeMinutes(process, repositories, today));
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "Demonstration data written in " + millis + " ms: PACT's training dataset, "
                    + result.communes().size() + " communes with " + result.cycles()
                    + " plan cycle(s) each (seed " + result.seed() + "), as of " + result.asOf() + ", with the minutes of "
                    + minutes + " meetings");
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

    /**
     * Gives every held meeting of the demonstration its minutes (procès-verbal), as a secretary would
     * write them two days after: the agenda taken point by point. Every party present approves them
     * four days after the meeting, except at each framework's last meeting, where only the
     * municipality has approved yet; nothing is dated after {@code today}. The simulation of the
     * training dataset records no minutes: this is the reference server's own step, so that its
     * pages and papers (the minutes' PDF) show some.
     *
     * @return how many meetings got their minutes
     * @throws IllegalStateException if the process refuses a step
     */
    public static int writeMinutes(ConsultationProcess process, Repositories repositories, LocalDate today) {
        int written = 0;
        for (ConsultationFramework framework : repositories.frameworks().findAll()) {
            List<Meeting> held = repositories.meetings().findByFramework(framework.id()).stream()
                    .filter(m -> m.isHeld() && m.minutes().isEmpty())
                    .sorted(Comparator.comparingInt(Meeting::sequence)).toList();
            for (Meeting meeting : held) {
                LocalDate heldOn = meeting.heldOn().orElseThrow();
                boolean last = meeting == held.get(held.size() - 1);
                accepted(process.execute(new RecordMinutes(meeting.id(), minutesText(framework, meeting),
                        earliest(heldOn.plusDays(2), today))));
                LocalDate approvedOn = earliest(heldOn.plusDays(4), today);
                meeting.attendance().stream().map(Attendance::organisation).distinct()
                        .filter(party -> !last || repositories.organisations().get(party).category()
                                == org.kafo.model.organisation.PartyCategory.MUNICIPALITY)
                        .forEach(party -> accepted(process.execute(
                                new ApproveMinutes(meeting.id(), party, true, null, approvedOn))));
                written++;
            }
        }
        return written;
    }

    private static String minutesText(ConsultationFramework framework, Meeting meeting) {
        StringBuilder text = new StringBuilder("Rencontre n° " + meeting.sequence() + " du " + framework.name()
                + ". Le maire ouvre la séance, constate le quorum et rappelle l'ordre du jour.\n");
        int point = 1;
        for (AgendaItem item : meeting.agenda()) {
            text.append(point++).append(". ").append(item.title())
                    .append(" : les parties présentes en débattent ; ce qui est convenu figure au plan d'action.\n");
        }
        return text.append("L'ordre du jour étant épuisé, le maire lève la séance.").toString();
    }

    private static LocalDate earliest(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    private static void accepted(org.kafo.rules.process.Outcome<?> outcome) {
        if (outcome.refused()) {
            throw new IllegalStateException("The demonstration's minutes were refused: " + outcome.blocking());
        }
    }
}
