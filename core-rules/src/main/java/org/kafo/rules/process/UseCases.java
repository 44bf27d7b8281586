package org.kafo.rules.process;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.Command;

/** What every group of use cases shares: the flow its changes run in and the repositories it loads from. */
abstract class UseCases {

    final ChangeFlow flow;
    final Repositories repositories;

    UseCases(ChangeFlow flow) {
        this.flow = flow;
        this.repositories = flow.repositories();
    }

    /**
     * The meeting a command names, which must be one of {@code framework}'s.
     *
     * @throws org.kafo.model.common.InvariantViolationException if it belongs to another framework
     */
    Meeting meetingOf(FrameworkId framework, MeetingId id) {
        Meeting meeting = repositories.meetings().get(id);
        ChangeFlow.requireSameFramework(framework, meeting.framework(), "meeting " + meeting.id());
        return meeting;
    }

    /**
     * The plan a command names, which must be one of {@code framework}'s.
     *
     * @throws org.kafo.model.common.InvariantViolationException if it belongs to another framework
     */
    ActionPlan planOf(FrameworkId framework, PlanId id) {
        ActionPlan plan = repositories.plans().get(id);
        ChangeFlow.requireSameFramework(framework, plan.framework(), "plan " + plan.id());
        return plan;
    }

    /**
     * A change to one aggregate that belongs to a framework, judged in the situation of that
     * framework with the organisations the command names.
     *
     * @param load        loads the aggregate the command is about
     * @param frameworkOf the framework it belongs to
     */
    <T extends AggregateRoot<?>> Outcome<T> inFrameworkOf(Command command, Supplier<T> load,
            Function<T, FrameworkId> frameworkOf, Collection<OrganisationId> involved, Consumer<T> change) {
        return flow.run(command, () -> {
            T subject = load.get();
            ConsultationFramework framework = repositories.frameworks().get(frameworkOf.apply(subject));
            return Intent.within(flow.situation(framework, involved), changes -> {
                change.accept(subject);
                return subject;
            });
        });
    }
}
