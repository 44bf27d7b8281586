package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;

/** Professionals of a priority sector, through their organisation, record a need (NEED-2 checks its kind). */
public record RecordNeed(FrameworkId framework, OrganisationId raisedBy, Sector sector, NeedKind kind, String description, Money estimatedCost, LocalDate on) implements Command {

    public RecordNeed {
        Require.present(framework, "framework");
        Require.present(raisedBy, "raisedBy");
        Require.present(on, "on");
    }
}
