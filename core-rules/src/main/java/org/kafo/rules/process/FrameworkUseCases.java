package org.kafo.rules.process;

import java.util.List;
import java.util.function.Consumer;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.ChangeRepresentatives;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.command.WithdrawNeed;

/** A framework's life before and around its meetings: proposal, establishment, members, needs. */
final class FrameworkUseCases extends UseCases {

    FrameworkUseCases(ChangeFlow flow) {
        super(flow);
    }

    /** The proposal belongs to no framework yet: the rules see its sectors in the command. */
    Outcome<ConsultationFramework> propose(ProposeFramework command) {
        return flow.run(command, () -> {
            repositories.communes().get(command.commune());
            return Intent.outside(changes -> ConsultationFramework.propose(command.commune(), command.name(),
                    command.prioritySectors(), command.on()));
        });
    }

    Outcome<ConsultationFramework> establish(EstablishFramework command) {
        return onFramework(command, command.framework(), List.of(),
                framework -> framework.establish(command.deliberation(), command.on()));
    }

    Outcome<ConsultationFramework> suspend(SuspendFramework command) {
        return onFramework(command, command.framework(), List.of(),
                framework -> framework.suspend(command.reason(), command.on()));
    }

    Outcome<ConsultationFramework> resume(ResumeFramework command) {
        return onFramework(command, command.framework(), List.of(),
                framework -> framework.resume(command.reason(), command.on()));
    }

    Outcome<ConsultationFramework> dissolve(DissolveFramework command) {
        return onFramework(command, command.framework(), List.of(),
                framework -> framework.dissolve(command.reason(), command.on()));
    }

    /** A later deliberation: its effect (resumption, new sectors, dissolution) is the model's. */
    Outcome<ConsultationFramework> recordDeliberation(RecordDeliberation command) {
        return onFramework(command, command.framework(), List.of(), framework -> framework.recordDeliberation(
                command.deliberation(), command.outcome(), command.sectors(), command.on()));
    }

    private Outcome<ConsultationFramework> onFramework(Command command, FrameworkId id,
            List<OrganisationId> involved, Consumer<ConsultationFramework> change) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(id);
            return Intent.within(flow.situation(framework, involved), changes -> {
                change.accept(framework);
                return framework;
            });
        });
    }

    /** The member sits in the category of its kind of organisation. */
    Outcome<ConsultationFramework> admit(AdmitMember command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            Organisation organisation = repositories.organisations().get(command.organisation());
            return Intent.within(flow.situation(framework, List.of(organisation.id())), changes -> {
                framework.admit(organisation.id(), organisation.category(), command.sectors(),
                        command.representatives(), command.from());
                return framework;
            });
        });
    }

    Outcome<ConsultationFramework> endMembership(EndMembership command) {
        return onFramework(command, command.framework(), List.of(command.organisation()),
                framework -> framework.endMembership(command.organisation(), command.lastDay(), command.reason()));
    }

    Outcome<ConsultationFramework> changeRepresentatives(ChangeRepresentatives command) {
        return onFramework(command, command.framework(), List.of(command.organisation()), framework ->
                framework.changeRepresentatives(command.organisation(), command.representatives(), command.on()));
    }

    Outcome<Need> recordNeed(RecordNeed command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            return Intent.within(flow.situation(framework, List.of(command.raisedBy())),
                    changes -> Need.identify(framework.id(), command.raisedBy(), command.sector(), command.kind(),
                            command.description(), command.estimatedCost(), command.on()));
        });
    }

    Outcome<Need> correctNeed(CorrectNeed command) {
        return inFrameworkOf(command, () -> repositories.needs().get(command.need()), Need::framework, List.of(),
                need -> need.correct(command.sector(), command.kind(), command.description(), command.estimatedCost(),
                        command.reason(), command.on()));
    }

    Outcome<Need> withdrawNeed(WithdrawNeed command) {
        return inFrameworkOf(command, () -> repositories.needs().get(command.need()), Need::framework, List.of(),
                need -> need.withdraw(command.reason(), command.on()));
    }
}
