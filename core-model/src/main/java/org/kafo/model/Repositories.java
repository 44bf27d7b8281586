package org.kafo.model;

import java.util.function.Supplier;
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
 * Every repository port of the model, as one adapter (in memory, JPA, ...) provides them.
 */
public interface Repositories {

    RegionRepository regions();

    CercleRepository cercles();

    CommuneRepository communes();

    OrganisationRepository organisations();

    FrameworkRepository frameworks();

    NeedRepository needs();

    MeetingRepository meetings();

    ActionPlanRepository plans();

    CommitteeRepository committees();

    /**
     * Runs the work as one unit of work of these repositories, when the adapter has its own: all
     * the work's saves are stored together or none (the in-memory repositories). By default the work
     * runs as it is: an adapter whose units of work are transactions (JPA) leaves them to the caller.
     */
    default <T> T inUnitOfWork(Supplier<T> work) {
        return work.get();
    }
}
