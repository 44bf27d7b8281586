package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.command.InstallCommittee;

/**
 * A held meeting installs the framework's monitoring committee with its members and its first written
 * mandate; without a {@code period} the mandate covers the plan in force.
 */
@Schema(example = """
        {"meeting": "c0ffee00-0c1d-4a5f-8d2f-2f1a7b9e0c44", "on": "2008-04-10",
         "members": [{"organisation": "9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33",
                      "person": {"name": "Fatoumata Keïta", "sex": "FEMALE", "role": "secrétaire générale"}}],
         "scope": "Suivi du plan d'action du premier trimestre",
         "duties": ["Vérifier l'avancement des actions", "Signaler les obstacles au cadre"]}""")
public record InstallCommitteeRequest(UUID meeting, List<CommitteeMemberValue> members,
        @Schema(maxLength = Limits.TEXT) String scope,
        List<String> duties, PeriodValue period, LocalDate on) {

    /** A person who sits on the committee for a party; {@code category} defaults to the party's own, {@code from} to the installation day. */
    @Schema(name = "CommitteeMemberEntry")
    public record CommitteeMemberValue(UUID organisation, PartyCategory category, PersonValue person, LocalDate from) {
    }

    public InstallCommittee toCommand(FrameworkId framework, Function<OrganisationId, PartyCategory> categories) {
        return new InstallCommittee(framework, Wire.id(meeting, MeetingId::new), Wire.list(members, m -> {
            OrganisationId party = Wire.id(Wire.required(m.organisation(), "organisation"), OrganisationId::new);
            return CommitteeMember.from(m.from() == null ? Wire.required(on, "on") : m.from(), party,
                    m.category() == null ? categories.apply(party) : m.category(),
                    Wire.required(m.person(), "person").toModel());
        }), scope, duties, PeriodValue.toModel(period), on);
    }
}
