package org.kafo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.kafo.demo.Cast.Party;
import org.kafo.demo.Cast.Representative;
import org.kafo.demo.Cast.Seat;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset.OrganisationEntry;
import org.kafo.model.common.Person;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Verdict;
import org.kafo.rules.process.ConsultationProcess;

/**
 * Plays quarterly plan cycles ({@link PlanCycles}) in every commune of a loaded dataset, one commune
 * after the other, each with its own random sequence drawn from the seed: the same seed plays the
 * same story.
 *
 * <p>The calendar: the first plan runs from the first day of the second month after the dataset's
 * start (March 2008), each next plan the following quarter; the meeting that adopts a plan is due two
 * days before it starts, and the meeting after the last plan reviews it without adopting another.
 *
 * <p>Who comes to the meetings (the odds are the simulation's, not observations): the mayor (85 %),
 * the deputy (60 %), each organisation's head (75 %) and young member (50 %), each technical
 * service's agent (60 %), PACT's facilitator (75 %), ANICT's officer (15 %); at a meeting convened
 * again for want of a quorum, the mayor and the heads come.
 */
final class Simulation {

    private static final double MAYOR_COMES = 0.85;
    private static final double DEPUTY_COMES = 0.6;
    private static final double HEAD_COMES = 0.75;
    private static final double YOUNG_MEMBER_COMES = 0.5;
    private static final double AGENT_COMES = 0.6;
    private static final double FACILITATOR_COMES = 0.75;
    private static final double OFFICER_COMES = 0.15;

    private final PactMaliDataset dataset;
    private final ConsultationProcess process;
    private final int cycles;
    private final long seed;
    private LocalDate today;

    Simulation(PactMaliDataset dataset, ConsultationProcess process, int cycles, long seed) {
        this.dataset = dataset;
        this.process = process;
        this.cycles = cycles;
        this.seed = seed;
    }

    /** Nothing happens after {@code today}; the last plan is in force then and its review is convened. */
    Simulation until(LocalDate today) {
        this.today = today;
        return this;
    }

    SimulationResult play(LoadedDataset loaded) {
        List<SimulationResult.Commune> results = new ArrayList<>();
        for (int i = 0; i < loaded.communes().size(); i++) {
            LoadedDataset.Commune commune = loaded.communes().get(i);
            PlanCycles cyclesOfCommune = new PlanCycles(process, cast(loaded, commune), dataset.needCatalogue(),
                    new Random(commune(seed, i))).withNeeds(commune.needs());
            if (today != null) {
                cyclesOfCommune.asOf(today);
            }
            PlanCycles.Played played = cyclesOfCommune.play(firstPlanStart(dataset), cycles);
            Map<String, Integer> verdicts = new TreeMap<>(played.verdicts());
            for (Verdict verdict : commune.verdicts()) {
                verdicts.merge(verdict.ruleId() + " " + verdict.severity() + " " + verdict.messageKey(), 1,
                        Integer::sum);
            }
            results.add(new SimulationResult.Commune(commune.name(), commune.cercleName(), commune.regionName(),
                    commune.region(), commune.cercle(), commune.framework(), played.lateMeetings(),
                    played.meetingsWithoutQuorum(), played.lateContributions(), played.missedContributions(),
                    played.needsRaised(), played.mandatesNotRevised(), verdicts));
        }
        return new SimulationResult(cycles, seed, today != null ? today : asOf(dataset, cycles), results);
    }

    /** The loaded commune's parties, seated as the dataset names its people. */
    Cast cast(LoadedDataset loaded, LoadedDataset.Commune commune) {
        CommuneEntry entry = commune.entry();
        List<Person> municipal = dataset.municipalityRepresentatives().stream()
                .map(r -> People.municipal(r, entry.name())).toList();
        List<Seat> municipalSeats = new ArrayList<>();
        for (int i = 0; i < municipal.size(); i++) {
            municipalSeats.add(i == 0 ? new Seat(municipal.get(i), MAYOR_COMES, true)
                    : new Seat(municipal.get(i), DEPUTY_COMES, false));
        }
        List<Cast.Professional> professionals = new ArrayList<>();
        List<Representative> committee = new ArrayList<>();
        committee.add(new Representative(commune.municipality(), PartyCategory.MUNICIPALITY,
                municipal.get(municipal.size() - 1)));
        for (OrganisationEntry organisation : entry.organisations()) {
            OrganisationId id = commune.organisations().get(organisation.key());
            professionals.add(new Cast.Professional(organisation.key(), organisation.sector(),
                    new Party(id, PartyCategory.PROFESSIONAL_ORGANISATION, List.of(
                            new Seat(People.head(organisation), HEAD_COMES, true),
                            new Seat(People.youngMember(organisation), YOUNG_MEMBER_COMES, false)))));
            committee.add(new Representative(id, PartyCategory.PROFESSIONAL_ORGANISATION, People.head(organisation)));
        }
        List<Person> agents = agentsOf(entry);
        List<Party> others = new ArrayList<>();
        for (int i = 0; i < commune.services().size(); i++) {
            others.add(new Party(commune.services().get(i), PartyCategory.TECHNICAL_SERVICE,
                    List.of(new Seat(agents.get(i), AGENT_COMES, false))));
        }
        others.add(new Party(loaded.pact(), PartyCategory.SUPPORT_PROGRAMME,
                List.of(new Seat(People.facilitator("PACT"), FACILITATOR_COMES, false))));
        others.add(new Party(loaded.anict(), PartyCategory.PARTNER,
                List.of(new Seat(People.officer("ANICT"), OFFICER_COMES, false))));
        committee.add(new Representative(commune.ruralEngineering(), PartyCategory.TECHNICAL_SERVICE,
                agents.get(commune.services().indexOf(commune.ruralEngineering()))));
        return new Cast(entry.name(), commune.framework(), new Party(commune.municipality(),
                PartyCategory.MUNICIPALITY, municipalSeats), professionals, others, committee,
                commune.ruralEngineering(), loaded.pact(), loaded.anict());
    }

    /** The agents of the commune's services, in the order of {@link LoadedDataset.Commune#services()}. */
    private List<Person> agentsOf(CommuneEntry entry) {
        List<Person> agents = new ArrayList<>();
        dataset.regions().stream().flatMap(r -> r.cercles().stream())
                .filter(c -> c.communes().contains(entry))
                .findFirst().orElseThrow()
                .services().forEach(s -> agents.add(People.agent(s)));
        for (String key : entry.services()) {
            dataset.technicalServices().stream().filter(s -> s.key().equals(key)).findFirst()
                    .ifPresent(s -> agents.add(People.agent(s)));
        }
        return agents;
    }

    /** The first day of the first plan: the first of the second month after the dataset starts. */
    static LocalDate firstPlanStart(PactMaliDataset dataset) {
        return dataset.startsOn().withDayOfMonth(1).plusMonths(2);
    }

    /**
     * The day the indicators describe: the end of the second month of the quarter after the last
     * plan, when every framework has held the meeting that reviews it, however late.
     */
    static LocalDate asOf(PactMaliDataset dataset, int cycles) {
        return firstPlanStart(dataset).plusMonths(3L * cycles).plusMonths(2).minusDays(1);
    }

    /** The seed of commune {@code index}'s own sequence. */
    private static long commune(long seed, int index) {
        return seed ^ (0x9E3779B97F4A7C15L * (index + 1));
    }
}
