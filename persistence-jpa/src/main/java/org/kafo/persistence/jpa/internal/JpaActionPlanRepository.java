package org.kafo.persistence.jpa.internal;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.plan.PlanId;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Action plans in the database. */
public final class JpaActionPlanRepository
        extends JpaRepository<ActionPlan, PlanId, ActionPlan.State, ActionPlanEntity> implements ActionPlanRepository {

    public JpaActionPlanRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "plan", ActionPlanEntity.class, ActionPlanEntity::new, new ActionPlanMapper(),
                ActionPlan::snapshot, ActionPlan::restore, ActionPlanRepository.ORDER);
    }

    @Override
    public List<ActionPlan> findByFramework(FrameworkId framework) {
        return listWhere("frameworkId", Keys.key(framework));
    }

    /** By the review columns, so that the reviewed plans and their rows are not read. */
    @Override
    public List<ActionPlan> findInForce(FrameworkId framework) {
        return list(em -> where(em, "e.frameworkId = :framework AND e.reviewedAt IS NULL")
                .setParameter("framework", Keys.key(framework)));
    }
}
