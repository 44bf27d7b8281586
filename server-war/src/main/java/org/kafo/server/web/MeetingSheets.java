package org.kafo.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.PersonValue;

/**
 * What the meeting page and the meeting's printed papers both show: the parties invited, with the
 * people who sit for them, who signed for them and their word on the minutes; and the attendance
 * counted by category.
 */
public final class MeetingSheets {

    private MeetingSheets() {
    }

    /**
     * Those present of one category, or of all ({@code category} null): parties, persons, women and
     * youth among them.
     */
    public record Count(PartyCategory category, int parties, int persons, int women, int youth) {
    }

    /** The parties invited (every current member when the meeting names none), in the order of the convocation. */
    public static List<UUID> invited(Meeting meeting, ConsultationFramework framework) {
        List<OrganisationId> invited = meeting.convocation().map(c -> c.invitees()).filter(l -> !l.isEmpty())
                .orElse(framework.currentMembers().stream().map(Membership::organisation).toList());
        return invited.stream().map(OrganisationId::value).toList();
    }

    /**
     * The parties invited to {@code meeting} (as {@code view} reads it), each with its category, its
     * representatives as a member, who signed for it and its word on the minutes.
     */
    public static List<MeetingPage.Invitee> invitees(Repositories repositories, Meeting meeting,
            ConsultationFramework framework, MeetingView view) {
        List<UUID> invited = invited(meeting, framework);
        Map<UUID, String> names = names(repositories, invited);
        return invited.stream().map(party -> {
            Membership membership = framework.memberships().stream()
                    .filter(m -> m.organisation().value().equals(party))
                    .max(Comparator.comparing(m -> m.effective().from())).orElse(null);
            return new MeetingPage.Invitee(party, names.get(party),
                    membership == null ? repositories.organisations().get(new OrganisationId(party)).category()
                            : membership.category(),
                    membership == null ? List.of() : membership.representatives().stream().map(PersonValue::of).toList(),
                    view.attendance().stream().filter(a -> a.organisation().equals(party)).map(a -> a.person()).toList(),
                    view.approvals().stream().filter(a -> a.party().equals(party)).findFirst().orElse(null));
        }).toList();
    }

    /** The names of organisations, by id; an organisation not found is named by its id. */
    public static Map<UUID, String> names(Repositories repositories, List<UUID> organisations) {
        Map<UUID, String> names = new HashMap<>();
        organisations.forEach(o -> names.put(o, o.toString()));
        repositories.organisations().findAll(organisations.stream().map(OrganisationId::new).collect(Collectors.toSet()))
                .forEach((Organisation o) -> names.put(o.id().value(), o.name()));
        return names;
    }

    /** Those who signed the attendance sheet, by category in the categories' order, then all of them (category null). */
    public static List<Count> counts(List<MeetingView.AttendanceValue> attendance) {
        List<Count> counts = new ArrayList<>();
        for (PartyCategory category : PartyCategory.values()) {
            List<MeetingView.AttendanceValue> of = attendance.stream().filter(a -> a.category() == category).toList();
            if (!of.isEmpty()) {
                counts.add(count(category, of));
            }
        }
        counts.add(count(null, attendance));
        return counts;
    }

    private static Count count(PartyCategory category, List<MeetingView.AttendanceValue> attendance) {
        Set<UUID> parties = attendance.stream().map(MeetingView.AttendanceValue::organisation).collect(Collectors.toSet());
        return new Count(category, parties.size(), attendance.size(),
                (int) attendance.stream().filter(a -> a.person().sex() == Sex.FEMALE).count(),
                (int) attendance.stream().filter(a -> Boolean.TRUE.equals(a.person().youth())).count());
    }
}
