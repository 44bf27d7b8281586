package org.kafo.samples.restclient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The server's wire format, as much of it as this client writes and reads: plain records that JSON-B
 * binds (null fields are left out; days are ISO-8601; ids are UUIDs; enums by name). Public, as
 * JSON-B reads and writes public types only.
 */
public final class Wire {

    private Wire() {
    }

    // What the client sends.

    /** What signing in answers: the token to send as {@code Authorization: Bearer}. */
    public record Token(String token, String tokenType, String expiresAt, String username) {
    }

    public record AccountRequest(String username, String displayName, String password) {
    }

    public record GrantRequest(String role, UUID commune, UUID organisation) {
    }

    public record RegionRequest(String code, String name) {
    }

    public record CercleRequest(String code, String name, UUID region) {
    }

    public record CommuneRequest(String code, String name, UUID cercle, UUID region) {
    }

    public record MemberCount(int members, int women, int youth, LocalDate countedOn) {
    }

    public record OrganisationRequest(String name, String acronym, String kind, UUID commune, List<String> sectors,
            MemberCount members, LocalDate on) {
    }

    public record ProposeRequest(UUID commune, String name, List<String> prioritySectors, LocalDate on) {
    }

    public record Person(String name, String sex, Boolean youth, String role) {
    }

    public record AdmitRequest(UUID organisation, List<String> sectors, List<Person> representatives, LocalDate from) {
    }

    public record Deliberation(String number, LocalDate date, String decision) {
    }

    public record EstablishRequest(Deliberation deliberation, LocalDate on) {
    }

    public record Money(long amount, String currency) {
        public static Money xof(long amount) {
            return new Money(amount, "XOF");
        }
    }

    public record NeedRequest(UUID raisedBy, String sector, String kind, String description, Money estimatedCost,
            LocalDate on) {
    }

    public record ConveneRequest(LocalDate plannedOn, String venue, UUID convenedBy, LocalDate issuedOn) {
    }

    public record Attendee(UUID organisation, Person person) {
    }

    public record AttendanceRequest(List<Attendee> attendees, LocalDate on) {
    }

    public record HoldRequest(LocalDate on) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Pledge(UUID party, String form, Money pledged) {
    }

    public record Pdesc(String pdescEntry, String budgetLine) {
    }

    public record ActionSpec(String title, String sector, String kind, UUID responsible, LocalDate dueDate,
            Money estimatedCost, List<Pledge> costShares, Pdesc pdesc, List<UUID> addresses) {
    }

    public record AdoptRequest(UUID meeting, Period period, List<ActionSpec> actions, LocalDate on) {
    }

    public record CommitteeMember(UUID organisation, Person person) {
    }

    public record InstallRequest(UUID meeting, List<CommitteeMember> members, String scope, List<String> duties,
            Period period, LocalDate on) {
    }

    // What the server answers.

    /** An accepted change: the aggregate as saved, and every verdict of the rules. */
    public record Answer(Aggregate result, List<Verdict> verdicts) {
        public Answer {
            verdicts = verdicts == null ? List.of() : verdicts;
        }
    }

    /** The fields of the server's views that this client reads; the others are ignored. */
    public record Aggregate(UUID id, long version, String status, Integer cycle, Integer currentMembers,
            List<Aggregate> actions, Long unresolvedObstacles) {
    }

    public record Verdict(String ruleId, String severity, String messageKey, String message, Map<String, String> facts) {
    }

    /** An error, {@code application/problem+json}: a refusal of the rules carries their verdicts. */
    public record Problem(String type, String title, int status, String detail, String code, List<Verdict> verdicts) {
        public Problem {
            verdicts = verdicts == null ? List.of() : verdicts;
        }
    }
}
