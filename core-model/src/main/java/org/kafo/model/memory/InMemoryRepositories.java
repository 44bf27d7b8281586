package org.kafo.model.memory;

import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.meeting.MeetingRepository;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.territory.CercleRepository;
import org.kafo.model.territory.CommuneRepository;
import org.kafo.model.territory.RegionRepository;

/**
 * All repositories in memory: for embedding projects, training, simulations and tests. Nothing
 * survives the process.
 *
 * <p>They share one lock and their units of work: the saves made inside {@link #inUnitOfWork} are
 * stored all together when it returns, or none of them, as a database transaction would.
 */
public final class InMemoryRepositories implements Repositories {

    private final UnitsOfWork units = new UnitsOfWork();
    private final RegionRepository regions = new InMemoryRegionRepository(units);
    private final CercleRepository cercles = new InMemoryCercleRepository(units);
    private final CommuneRepository communes = new InMemoryCommuneRepository(units);
    private final OrganisationRepository organisations = new InMemoryOrganisationRepository(units);
    private final FrameworkRepository frameworks = new InMemoryFrameworkRepository(units);
    private final NeedRepository needs = new InMemoryNeedRepository(units);
    private final MeetingRepository meetings = new InMemoryMeetingRepository(units);
    private final ActionPlanRepository plans = new InMemoryActionPlanRepository(units);
    private final CommitteeRepository committees = new InMemoryCommitteeRepository(units);

    @Override
    public RegionRepository regions() {
        return regions;
    }

    @Override
    public CercleRepository cercles() {
        return cercles;
    }

    @Override
    public CommuneRepository communes() {
        return communes;
    }

    @Override
    public OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public FrameworkRepository frameworks() {
        return frameworks;
    }

    @Override
    public NeedRepository needs() {
        return needs;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public ActionPlanRepository plans() {
        return plans;
    }

    @Override
    public CommitteeRepository committees() {
        return committees;
    }

    /**
     * Runs the work as one unit of work: its saves are seen by the work at once and by others only
     * when it returns, all of them together. None is stored if the work throws, or if someone else
     * stored one of the aggregates it saved since the unit of work first saved it (then it throws
     * {@link org.kafo.model.common.StaleAggregateException}). Inside a unit of work already running on
     * this thread, the work joins it.
     */
    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        return units.run(work);
    }
}
