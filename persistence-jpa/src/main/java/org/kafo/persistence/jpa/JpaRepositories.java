package org.kafo.persistence.jpa;

import jakarta.persistence.EntityManager;
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
import org.kafo.model.totals.TotalsQueries;
import org.kafo.persistence.jpa.internal.JpaActionPlanRepository;
import org.kafo.persistence.jpa.internal.JpaCommitteeRepository;
import org.kafo.persistence.jpa.internal.JpaFrameworkRepository;
import org.kafo.persistence.jpa.internal.JpaMeetingRepository;
import org.kafo.persistence.jpa.internal.JpaNeedRepository;
import org.kafo.persistence.jpa.internal.JpaOrganisationRepository;
import org.kafo.persistence.jpa.internal.JpaTerritoryRepositories;
import org.kafo.persistence.jpa.internal.JpaTotalsQueries;

/**
 * Every repository of the model in a relational database through Jakarta Persistence. They behave
 * as the in-memory ones: the same finders in the same order, the same exceptions, the same
 * optimistic locking.
 */
public final class JpaRepositories implements Repositories {

    private final RegionRepository regions;
    private final CercleRepository cercles;
    private final CommuneRepository communes;
    private final OrganisationRepository organisations;
    private final FrameworkRepository frameworks;
    private final NeedRepository needs;
    private final MeetingRepository meetings;
    private final ActionPlanRepository plans;
    private final CommitteeRepository committees;
    private final TotalsQueries totals;

    /** Repositories working in the units of work of {@code entityManagers}. */
    public JpaRepositories(EntityManagerSource entityManagers) {
        regions = new JpaTerritoryRepositories.Regions(entityManagers);
        cercles = new JpaTerritoryRepositories.Cercles(entityManagers);
        communes = new JpaTerritoryRepositories.Communes(entityManagers);
        organisations = new JpaOrganisationRepository(entityManagers);
        frameworks = new JpaFrameworkRepository(entityManagers);
        needs = new JpaNeedRepository(entityManagers);
        meetings = new JpaMeetingRepository(entityManagers);
        plans = new JpaActionPlanRepository(entityManagers);
        committees = new JpaCommitteeRepository(entityManagers);
        totals = new JpaTotalsQueries(entityManagers);
    }

    /**
     * Repositories over a container-managed entity manager of the {@code kafo} unit (JTA): the
     * container runs the transactions.
     */
    public static JpaRepositories inContainer(EntityManager containerManaged) {
        return new JpaRepositories(EntityManagerSource.of(containerManaged));
    }

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
     * Frameworks' histories added up by the database, for indicators of a commune, a cercle, a region
     * or the whole country without loading the aggregates: {@code CombinedIndicators.ofCountry(totals, day)}.
     */
    public TotalsQueries totals() {
        return totals;
    }
}
