package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.command.AdoptActionPlan;

/** A held meeting adopts the framework's next action plan: its period and its actions. */
@Schema(example = """
        {"meeting": "c0ffee00-0c1d-4a5f-8d2f-2f1a7b9e0c44", "period": {"start": "2008-04-10", "end": "2008-07-09"},
         "on": "2008-04-10",
         "actions": [{"title": "Aménagement du PIV de 30 ha", "sector": "small-scale-irrigation", "kind": "INFRASTRUCTURE",
           "responsible": "9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33", "dueDate": "2008-07-01",
           "estimatedCost": {"amount": 18000000, "currency": "XOF"},
           "costShares": [{"party": "9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33", "form": "CASH", "pledged": {"amount": 16500000}},
                          {"party": "5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22", "form": "IN_KIND", "pledged": {"amount": 1500000}}],
           "pdesc": {"pdescEntry": "PDESC 2006-2010, axe 2.3"}, "addresses": []}]}""")
public record AdoptActionPlanRequest(UUID meeting, PeriodValue period, List<ActionSpecValue> actions, LocalDate on) {

    public AdoptActionPlan toCommand(FrameworkId framework) {
        return new AdoptActionPlan(framework, Wire.id(meeting, MeetingId::new), PeriodValue.toModel(period),
                Wire.list(actions, ActionSpecValue::toModel), on);
    }
}
