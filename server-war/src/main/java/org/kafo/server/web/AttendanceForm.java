package org.kafo.server.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.model.common.Sex;
import org.kafo.server.api.PersonValue;
import org.kafo.server.api.RecordAttendanceRequest.AttendeeValue;

/**
 * The attendance sheet as a phone sends it: for each invitee {@code u}, a box {@code present-u}
 * and the person who signed for it, {@code name-u}, {@code sex-u} and a box {@code youth-u}, as the
 * API's attendance request takes them. Parties already on the sheet are not read again.
 *
 * @param ticked    the invitees ticked as present (those already on the sheet included)
 * @param attendees the people to add to the sheet, one per newly ticked invitee
 */
public record AttendanceForm(Set<UUID> ticked, List<AttendeeValue> attendees) {

    /**
     * Reads the boxes and the people of the ticked invitees; a person's name and sex must be given
     * (their messages go under {@code name-u} and {@code sex-u}).
     *
     * @param invitees the parties invited, in the sheet's order
     * @param signed   the parties already on the sheet
     */
    public static AttendanceForm read(MultivaluedMap<String, String> form, List<UUID> invitees, Set<UUID> signed,
            FormInput in) {
        Set<UUID> ticked = new LinkedHashSet<>(signed);
        List<AttendeeValue> attendees = new ArrayList<>();
        for (UUID party : invitees) {
            if (signed.contains(party) || FormInput.optional(form.getFirst("present-" + party)) == null) {
                continue;
            }
            ticked.add(party);
            String name = in.required("name-" + party, form.getFirst("name-" + party));
            Sex sex = in.choice("sex-" + party, form.getFirst("sex-" + party), Sex.class, true);
            boolean youth = FormInput.optional(form.getFirst("youth-" + party)) != null;
            if (name != null && sex != null) {
                attendees.add(new AttendeeValue(party, null, new PersonValue(name, sex, youth, null)));
            }
        }
        return new AttendanceForm(Set.copyOf(ticked), List.copyOf(attendees));
    }

    /** Whether nobody new was ticked. */
    public boolean nobodyNew() {
        return attendees.isEmpty();
    }
}
