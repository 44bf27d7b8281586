package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/**
 * A person joins the installed monitoring committee from {@code from}, sitting for a current member
 * organisation of the framework (MON-4) in the category of its membership.
 */
public record AddCommitteeMember(FrameworkId framework, OrganisationId organisation, Person person, LocalDate from)
        implements Command {

    public AddCommitteeMember {
        Require.present(framework, "framework");
        Require.present(organisation, "organisation");
        Require.present(person, "person");
        Require.present(from, "from");
    }
}
