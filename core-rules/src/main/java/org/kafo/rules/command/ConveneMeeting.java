package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.organisation.OrganisationId;

/** The municipality convenes the next meeting. The process builds the agenda from the plan in force (its open actions), the unresolved obstacles and the open needs, then adds {@code additionalItems}; no {@code invitees} means every current member. */
public record ConveneMeeting(FrameworkId framework, LocalDate plannedOn, String venue, OrganisationId convenedBy, LocalDate issuedOn, List<OrganisationId> invitees, List<AgendaItem> additionalItems) implements Command {

    public ConveneMeeting {
        Require.present(framework, "framework");
        Require.present(plannedOn, "plannedOn");
        Require.present(convenedBy, "convenedBy");
        Require.present(issuedOn, "issuedOn");
        invitees = invitees == null ? List.of() : Require.list(invitees, "invitees");
        additionalItems = additionalItems == null ? List.of() : Require.list(additionalItems, "additionalItems");
    }
}
