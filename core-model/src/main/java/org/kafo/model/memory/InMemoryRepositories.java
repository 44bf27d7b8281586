package org.kafo.model.memory;

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
 */
public final class InMemoryRepositories implements Repositories {

    private final RegionRepository regions = new InMemoryRegionRepository();
    private final CercleRepository cercles = new InMemoryCercleRepository();
    private final CommuneRepository communes = new InMemoryCommuneRepository();
    private final OrganisationRepository organisations = new InMemoryOrganisationRepository();
    private final FrameworkRepository frameworks = new InMemoryFrameworkRepository();
    private final NeedRepository needs = new InMemoryNeedRepository();
    private final MeetingRepository meetings = new InMemoryMeetingRepository();
    private final ActionPlanRepository plans = new InMemoryActionPlanRepository();
    private final CommitteeRepository committees = new InMemoryCommitteeRepository();

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
}
