package org.kafo.rules.command;

import org.kafo.model.common.Require;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;

/** An organisation reports how many members it has, women and youth among them. */
public record CountMembers(OrganisationId organisation, MemberCount count) implements Command {

    public CountMembers {
        Require.present(organisation, "organisation");
        Require.present(count, "count");
    }
}
