package org.kafo.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ContributionForm;
import org.kafo.server.api.ActionSpecValue;
import org.kafo.server.api.AdoptActionPlanRequest;
import org.kafo.server.api.MoneyValue;
import org.kafo.server.api.PeriodValue;

/**
 * The next plan as it is being written, field by field as typed: the meeting that adopts it, its
 * period, and its action rows, each with its cost shares. Field names: {@code meeting},
 * {@code start}, {@code end}, {@code a0.title}, {@code a0.sector}, {@code a0.kind},
 * {@code a0.responsible}, {@code a0.due}, {@code a0.cost}, {@code a0.s0.party}, {@code a0.s0.form},
 * {@code a0.s0.amount}. A row left wholly blank is no action (nor share): a form always has room for
 * one more. It reads what was typed into the API's {@link AdoptActionPlanRequest}, keeping a message
 * beside each field that cannot be read, and adds up the shares per action and per party as typed.
 */
public final class PlanForm {

    private static final Pattern ACTION_FIELD = Pattern.compile("a(\\d{1,3})\\.(?:s(\\d{1,3})\\.)?[a-z]+");

    /** A party's share of an action as typed: the party's id, {@code CASH} or {@code IN_KIND}, the amount. */
    public record Share(String party, String form, String amount) {

        static final Share BLANK = new Share("", ContributionForm.CASH.name(), "");

        boolean blank() {
            return party.isBlank() && amount.isBlank();
        }
    }

    /**
     * An action row as typed; {@code carriedFrom} is the id of the previous plan's carried-over action
     * it continues, or blank.
     */
    public record Row(String title, String sector, String kind, String responsible, String due, String cost,
            List<Share> shares, String carriedFrom) {

        static final Row BLANK = new Row("", "", "", "", "", "", List.of(Share.BLANK), "");

        public Row {
            shares = List.copyOf(shares);
        }

        boolean blank() {
            return title.isBlank() && responsible.isBlank() && due.isBlank() && cost.isBlank()
                    && shares.stream().allMatch(Share::blank);
        }

        Row withShare() {
            List<Share> more = new ArrayList<>(shares);
            more.add(Share.BLANK);
            return new Row(title, sector, kind, responsible, due, cost, more, carriedFrom);
        }
    }

    /** What an action's shares add up to against its cost, as typed (null when unreadable). */
    public record ActionTotal(int index, String title, Long cost, long shared) {

        /** The cost minus the shares: zero when they add up, negative when the shares are more. */
        public Long gap() {
            return cost == null ? null : cost - shared;
        }
    }

    /** What a party gives over all actions, as typed. */
    public record PartyTotal(String party, long cash, long inKind) {

        public long total() {
            return cash + inKind;
        }
    }

    private final String meeting;
    private final String start;
    private final String end;
    private final List<Row> rows;
    private final FormInput input = new FormInput();
    private AdoptActionPlanRequest request;
    private boolean read;
    private final List<Integer> complete = new ArrayList<>();

    public PlanForm(String meeting, String start, String end, List<Row> rows) {
        this.meeting = text(meeting);
        this.start = text(start);
        this.end = text(end);
        this.rows = rows.isEmpty() ? List.of(Row.BLANK) : List.copyOf(rows);
    }

    /** A new plan: the meeting and period proposed, one empty action. */
    public static PlanForm blank(UUID meeting, LocalDate start, LocalDate end) {
        return new PlanForm(meeting == null ? "" : meeting.toString(), start == null ? "" : start.toString(),
                end == null ? "" : end.toString(), List.of(Row.BLANK));
    }

    /** The form as posted: one value per field name (a missing field is blank). */
    public static PlanForm of(Map<String, List<String>> fields) {
        TreeSet<Integer> actions = new TreeSet<>();
        Map<Integer, TreeSet<Integer>> shares = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            Matcher matcher = ACTION_FIELD.matcher(name);
            if (matcher.matches()) {
                int action = Integer.parseInt(matcher.group(1));
                actions.add(action);
                TreeSet<Integer> ofAction = shares.computeIfAbsent(action, a -> new TreeSet<>());
                if (matcher.group(2) != null) {
                    ofAction.add(Integer.parseInt(matcher.group(2)));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int a : actions) {
            String prefix = "a" + a + ".";
            List<Share> typed = new ArrayList<>();
            for (int s : shares.get(a)) {
                String share = prefix + "s" + s + ".";
                typed.add(new Share(value(fields, share + "party"), value(fields, share + "form"),
                        value(fields, share + "amount")));
            }
            rows.add(new Row(value(fields, prefix + "title"), value(fields, prefix + "sector"),
                    value(fields, prefix + "kind"), value(fields, prefix + "responsible"), value(fields, prefix + "due"),
                    value(fields, prefix + "cost"), typed.isEmpty() ? List.of(Share.BLANK) : typed,
                    value(fields, prefix + "from")));
        }
        return new PlanForm(value(fields, "meeting"), value(fields, "start"), value(fields, "end"), rows);
    }

    /** The same form with one more empty action row (nothing is saved). */
    public PlanForm withAction() {
        List<Row> more = new ArrayList<>(rows);
        more.add(Row.BLANK);
        return new PlanForm(meeting, start, end, more);
    }

    /** The same form with one more empty share on action {@code index} (an unknown index changes nothing). */
    public PlanForm withShare(int index) {
        if (index < 0 || index >= rows.size()) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.set(index, rows.get(index).withShare());
        return new PlanForm(meeting, start, end, more);
    }

    /**
     * Reads what was typed. The request has the plan's meeting and period, and the actions whose every
     * field could be read ({@link #complete()}); it is null when the meeting or the period cannot be
     * read. {@link #errors()} has a message for each field that could not be.
     *
     * @param on the day the meeting it names was held; null when it names no held meeting of the framework
     */
    public PlanForm read(LocalDate on) {
        if (read) {
            return this;
        }
        read = true;
        UUID meetingId = input.id("meeting", meeting, true);
        if (meetingId != null && on == null) {
            input.error("meeting", "plan.meeting-not-held");
        }
        LocalDate first = input.date("start", start, true);
        LocalDate last = input.date("end", end, true);
        if (first != null && last != null && last.isBefore(first)) {
            input.error("end", "plan.period-order");
        }
        List<ActionSpecValue> actions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            int before = input.errors().size();
            ActionSpecValue action = action("a" + i + ".", row);
            if (input.errors().size() == before) {
                actions.add(action);
                complete.add(i);
            }
        }
        boolean plan = input.error("meeting") == null && input.error("start") == null && input.error("end") == null;
        request = plan ? new AdoptActionPlanRequest(meetingId, new PeriodValue(first, last), actions, on) : null;
        return this;
    }

    private ActionSpecValue action(String prefix, Row row) {
        String title = input.required(prefix + "title", row.title());
        String sector = input.required(prefix + "sector", row.sector());
        ActionKind kind = input.choice(prefix + "kind", row.kind(), ActionKind.class, true);
        UUID responsible = input.id(prefix + "responsible", row.responsible(), true);
        LocalDate due = input.date(prefix + "due", row.due(), true);
        Long cost = input.amount(prefix + "cost", row.cost(), true);
        List<ActionSpecValue.PledgeValue> pledges = new ArrayList<>();
        for (int s = 0; s < row.shares().size(); s++) {
            Share share = row.shares().get(s);
            if (share.blank()) {
                continue;
            }
            String name = prefix + "s" + s + ".";
            UUID party = input.id(name + "party", share.party(), true);
            ContributionForm form = input.choice(name + "form", share.form(), ContributionForm.class, true);
            Long amount = input.amount(name + "amount", share.amount(), true);
            pledges.add(new ActionSpecValue.PledgeValue(party, form, new MoneyValue(amount, null)));
        }
        UUID carriedFrom = input.id(prefix + "from", row.carriedFrom(), false);
        return new ActionSpecValue(title, sector, kind, responsible, due, new MoneyValue(cost, null), pledges, null,
                List.of(), carriedFrom);
    }

    /** Whether it was {@link #read}. */
    public boolean wasRead() {
        return read;
    }

    /** The plan as read (after {@link #read}), or null when its meeting or period cannot be read. */
    public AdoptActionPlanRequest request() {
        return request;
    }

    /** The rows (by index) whose every field could be read, in the request's order. */
    public List<Integer> complete() {
        return List.copyOf(complete);
    }

    /** The rows typed in part, and not yet readable: the check leaves them out. */
    public int incomplete() {
        return (int) rows.stream().filter(r -> !r.blank()).count() - complete.size();
    }

    public boolean valid() {
        return input.valid();
    }

    /** The message key of each field that could not be read. */
    public Map<String, String> errors() {
        return input.errors();
    }

    /** The message key of a field, or null. */
    public String error(String field) {
        return input.error(field);
    }

    /** Each action typed with a readable cost or share, and what its shares add up to. */
    public List<ActionTotal> actionTotals() {
        List<ActionTotal> totals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            long shared = row.shares().stream().mapToLong(s -> amount(s.amount())).sum();
            Long cost = readable(row.cost());
            totals.add(new ActionTotal(i, row.title(), cost, shared));
        }
        return totals;
    }

    /** What each party gives over all the actions, in cash and in kind, in the order first named. */
    public List<PartyTotal> partyTotals() {
        Map<String, long[]> by = new LinkedHashMap<>();
        for (Row row : rows) {
            for (Share share : row.shares()) {
                if (share.party().isBlank()) {
                    continue;
                }
                long[] sums = by.computeIfAbsent(share.party(), p -> new long[2]);
                sums[ContributionForm.IN_KIND.name().equals(share.form()) ? 1 : 0] += amount(share.amount());
            }
        }
        return by.entrySet().stream().map(e -> new PartyTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    public String meeting() {
        return meeting;
    }

    public String start() {
        return start;
    }

    public String end() {
        return end;
    }

    public List<Row> rows() {
        return rows;
    }

    private static long amount(String typed) {
        Long read = readable(typed);
        return read == null ? 0 : read;
    }

    private static Long readable(String typed) {
        return typed == null || typed.isBlank() ? null : new FormInput().amount("x", typed, false);
    }

    private static String value(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : text(values.get(0));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
