package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/**
 * A person leaves the monitoring committee, where they sat for {@code organisation}, after
 * {@code lastDay}, for a reason (optional). MON-1 keeps the committee inclusive.
 */
public record RemoveCommitteeMember(FrameworkId framework, OrganisationId organisation, String person,
        LocalDate lastDay, String reason) implements Command {

    public RemoveCommitteeMember {
        Require.present(framework, "framework");
        Require.present(organisation, "organisation");
        person = Require.text(person, "person", Limits.NAME);
        Require.present(lastDay, "lastDay");
    }
}
