package org.kafo.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.MeetingRepository;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.territory.CercleRepository;
import org.kafo.model.territory.CommuneRepository;
import org.kafo.model.territory.RegionRepository;
import org.kafo.persistence.jpa.internal.JpaActionPlanRepository;
import org.kafo.persistence.jpa.internal.JpaCommitteeRepository;
import org.kafo.persistence.jpa.internal.JpaFrameworkRepository;
import org.kafo.persistence.jpa.internal.JpaMeetingRepository;
import org.kafo.persistence.jpa.internal.JpaNeedRepository;
import org.kafo.persistence.jpa.internal.JpaOrganisationRepository;
import org.kafo.persistence.jpa.internal.JpaTerritoryRepositories;
import org.kafo.persistence.jpa.internal.JpaTotalsQueries;
import org.kafo.persistence.jpa.internal.PendingSaves;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

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
    private final EntityManagerSource entityManagers;

    /** Repositories working in the units of work of {@code entityManagers}. */
    public JpaRepositories(EntityManagerSource entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entity managers are required");
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

    /**
     * Writes the saves of the current unit of work now rather than at commit. A container commits
     * after the work returns, where a stale save would surface as the provider's exception: call this
     * at the end of the work (inside the transaction) to have it refused as
     * {@link org.kafo.model.common.StaleAggregateException} instead. Does nothing when no save is
     * pending.
     *
     * @throws org.kafo.model.common.StaleAggregateException if the database refuses a save: the
     *         aggregate was saved or created by someone else since it was read
     */
    public void flush() {
        entityManagers.withEntityManager(em -> {
            PendingSaves.of(em).flushIfPending(em);
            return null;
        });
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
     * or the whole country without loading the aggregates: {@code totals.sumOfCountry(day)}.
     */
    public TotalsQueries totals() {
        return totals;
    }
}
