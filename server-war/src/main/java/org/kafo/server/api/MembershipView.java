package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.PartyCategory;

/** An organisation's seat in a framework, from a day to a day (open while it is a member). */
@Schema(name = "Membership")
public record MembershipView(UUID organisation, PartyCategory category, List<String> sectors,
        List<PersonValue> representatives, LocalDate from, LocalDate to, boolean current) {

    public static MembershipView of(Membership membership) {
        return new MembershipView(membership.organisation().value(), membership.category(),
                Wire.codes(membership.sectors()), membership.representatives().stream().map(PersonValue::of).toList(),
                membership.effective().from(), membership.effective().to(), membership.isCurrent());
    }
}
