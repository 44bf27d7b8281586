package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.plan.PlanId;

/** Action plans in memory. */
public final class InMemoryActionPlanRepository extends InMemoryRepository<ActionPlan, PlanId, ActionPlan.State>
        implements ActionPlanRepository {

    public InMemoryActionPlanRepository() {
        this(new UnitsOfWork());
    }

    InMemoryActionPlanRepository(UnitsOfWork units) {
        super("plan", units, ActionPlan::snapshot, ActionPlan::restore, ActionPlanRepository.ORDER);
    }

    @Override
    public List<ActionPlan> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework));
    }

    @Override
    public List<ActionPlan> findInForce(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework) && s.review() == null);
    }
}
