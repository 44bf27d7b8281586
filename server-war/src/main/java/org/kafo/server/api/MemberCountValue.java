package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.organisation.MemberCount;

/** How many members an organisation had on a day, women and youth among them. */
@Schema(name = "MemberCount", example = "{\"members\": 84, \"women\": 31, \"youth\": 20, \"countedOn\": \"2008-01-15\"}")
public record MemberCountValue(Integer members, Integer women, Integer youth, LocalDate countedOn) {

    public static MemberCountValue of(MemberCount count) {
        return count == null ? null : new MemberCountValue(count.members(), count.women(), count.youth(), count.countedOn());
    }

    public static MemberCount toModel(MemberCountValue value) {
        if (value == null) {
            return null;
        }
        return new MemberCount(Wire.required(value.members, "members"), value.women == null ? 0 : value.women,
                value.youth == null ? 0 : value.youth, value.countedOn);
    }
}
