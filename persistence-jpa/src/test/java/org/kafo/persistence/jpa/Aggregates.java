package org.kafo.persistence.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionId;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ProgressNote;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/**
 * Arbitraries of valid aggregates, built through the domain's own commands: each aggregate is
 * created, then changed by a random sequence of commands, each one issued only where the state
 * allows it.
 */
final class Aggregates {

    static final LocalDate BASE = LocalDate.of(2008, 1, 1);

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêçàôÉÈ' -.0123456789";

    private Aggregates() {
    }

    // Values ------------------------------------------------------------------------------------

    static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
    }

    static Arbitrary<String> longText() {
        return Arbitraries.strings().withChars(LETTERS + "\n").ofMinLength(1).ofMaxLength(600)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<String> optionalText() {
        return text().injectNull(0.4);
    }

    static Arbitrary<String> code() {
        return Arbitraries.strings().withChars("0123456789-ABCDEFGH").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 6000).map(BASE::plusDays);
    }

    static Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 120);
    }

    static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 50);
    }

    static Arbitrary<UUID> uuid() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }

    static Arbitrary<OrganisationId> organisationId() {
        return uuid().map(OrganisationId::new);
    }

    static Arbitrary<Sector> sector() {
        return Arbitraries.of("small-scale-irrigation", "market-gardening", "rice", "fishing", "livestock",
                "shea-butter").map(Sector::of);
    }

    static Arbitrary<Person> person() {
        return Combinators.combine(text(), Arbitraries.of(Sex.class), Arbitraries.of(true, false), optionalText())
                .as(Person::new);
    }

    static Arbitrary<Money> money(String currency) {
        return Arbitraries.longs().between(0, 90_000_000_000L).map(amount -> new Money(amount, currency));
    }

    static Arbitrary<String> currency() {
        return Arbitraries.of(Money.XOF, "EUR");
    }

    private static LocalDate lastChange(ConsultationFramework framework) {
        return framework.history().get(framework.history().size() - 1).on();
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }

    private static <A> Arbitrary<Scenario<A>> scenario(Arbitrary<Supplier<A>> create, List<Arbitrary<Consumer<A>>> steps) {
        return Combinators.combine(create, Arbitraries.oneOf(steps).list().ofMaxSize(7)).as(Scenario::new);
    }

    // Territory ---------------------------------------------------------------------------------

    static Arbitrary<Scenario<Region>> regions() {
        Arbitrary<Supplier<Region>> create = Combinators.combine(code(), text(), date().injectNull(0.3))
                .as((code, name, from) -> () -> Region.register(code, name,
                        from == null ? Effective.ALWAYS : Effective.since(from)));
        Arbitrary<Consumer<Region>> retire = days().map(d -> region -> {
            if (region.effective().isOpenEnded()) {
                LocalDate from = region.effective().from();
                region.retire((from == null ? BASE : from).plusDays(d));
            }
        });
        return scenario(create, List.of(retire));
    }

    static Arbitrary<Scenario<Cercle>> cercles() {
        Arbitrary<Supplier<Cercle>> create = Combinators.combine(code(), text(), uuid(), date().injectNull(0.3))
                .as((code, name, region, from) -> () -> Cercle.register(code, name, new RegionId(region),
                        from == null ? Effective.ALWAYS : Effective.since(from)));
        Arbitrary<Consumer<Cercle>> retire = days().map(d -> cercle -> {
            if (cercle.effective().isOpenEnded()) {
                LocalDate from = cercle.effective().from();
                cercle.retire((from == null ? BASE : from).plusDays(d));
            }
        });
        return scenario(create, List.of(retire));
    }

    static Arbitrary<Scenario<Commune>> communes() {
        Arbitrary<Population> population = Combinators.combine(Arbitraries.longs().between(0, 3_000_000),
                Arbitraries.integers().between(1960, 2030)).as(Population::new);
        Arbitrary<GeoPoint> location = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as(GeoPoint::new);
        Arbitrary<Supplier<Commune>> create = Combinators.combine(code(), text(), uuid(), uuid(),
                date().injectNull(0.3), population.injectNull(0.3), location.injectNull(0.3))
                .as((code, name, cercle, region, from, inhabitants, point) -> () -> Commune.register(code, name,
                        new Assignment(new CercleId(cercle), new RegionId(region),
                                from == null ? Effective.ALWAYS : Effective.since(from)), inhabitants, point));
        Arbitrary<Consumer<Commune>> alias = text().map(a -> commune -> commune.addAlias(a));
        Arbitrary<Consumer<Commune>> reassign = Combinators.combine(uuid(), uuid(), Arbitraries.integers().between(1, 900))
                .as((cercle, region, d) -> commune -> {
                    LocalDate currentFrom = commune.currentAssignment().effective().from();
                    commune.reassign(new CercleId(cercle), new RegionId(region),
                            (currentFrom == null ? BASE : currentFrom).plusDays(d));
                });
        Arbitrary<Consumer<Commune>> census = Combinators.combine(Arbitraries.longs().between(0, 3_000_000),
                Arbitraries.integers().between(0, 10), date()).as((inhabitants, years, on) -> commune -> {
                    int year = commune.population().map(Population::censusYear).orElse(1998) + years;
                    commune.recordCensus(new Population(inhabitants, year), on);
                });
        return scenario(create, List.of(alias, reassign, census));
    }

    // Organisations -----------------------------------------------------------------------------

    static Arbitrary<Scenario<Organisation>> organisations() {
        Arbitrary<Supplier<Organisation>> create = Combinators.combine(text(), optionalText(),
                Arbitraries.of(OrganisationKind.class), uuid(), Arbitraries.of(true, false), sector().set().ofMaxSize(3),
                date()).as((name, acronym, kind, commune, based, sectors, on) -> () -> Organisation.register(name,
                        acronym, kind, based || kind == OrganisationKind.MUNICIPALITY ? new CommuneId(commune) : null,
                        sectors, on));
        Arbitrary<Consumer<Organisation>> count = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300), days())
                .as((members, women, youth, d) -> organisation -> {
                    LocalDate on = organisation.members().map(MemberCount::countedOn).orElse(BASE).plusDays(d);
                    organisation.countMembers(new MemberCount(members, Math.min(women, members),
                            Math.min(youth, members), on));
                });
        Arbitrary<Consumer<Organisation>> formalise = Combinators.combine(code(), date(), text())
                .as((number, on, authority) -> organisation -> {
                    if (!organisation.isFormalised()) {
                        organisation.formalise(new LegalRegistration(number, on, authority));
                    }
                });
        return scenario(create, List.of(count, formalise));
    }

    // Frameworks --------------------------------------------------------------------------------

    static Arbitrary<Scenario<ConsultationFramework>> frameworks() {
        Arbitrary<List<Sector>> sectors = sector().list().uniqueElements().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Supplier<ConsultationFramework>> create = Combinators.combine(uuid(), text(), sectors, date())
                .as((commune, name, priority, on) -> () -> ConsultationFramework.propose(new CommuneId(commune), name,
                        priority, on));
        Arbitrary<Consumer<ConsultationFramework>> changeSectors = Combinators.combine(sectors, days())
                .as((priority, d) -> f -> {
                    if (f.status() != FrameworkStatus.DISSOLVED) {
                        f.changePrioritySectors(priority, lastChange(f).plusDays(d));
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> establish = Combinators.combine(code(), text(),
                Arbitraries.integers().between(0, 60), days()).as((number, decision, before, d) -> f -> {
                    if (f.status() == FrameworkStatus.PROPOSED) {
                        LocalDate on = lastChange(f).plusDays(d);
                        f.establish(new CouncilDeliberation(number, on.minusDays(before), decision), on);
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> activate = days().map(d -> f -> {
            if (f.status() == FrameworkStatus.ESTABLISHED) {
                f.activate(lastChange(f).plusDays(d));
            }
        });
        Arbitrary<Consumer<ConsultationFramework>> suspendOrResume = Combinators.combine(text(), days())
                .as((reason, d) -> f -> {
                    if (f.status() == FrameworkStatus.ACTIVE || f.status() == FrameworkStatus.ESTABLISHED) {
                        f.suspend(reason, lastChange(f).plusDays(d));
                    } else if (f.status() == FrameworkStatus.SUSPENDED) {
                        f.resume(lastChange(f).plusDays(d));
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> dissolve = Combinators.combine(text(), days(),
                Arbitraries.integers().between(0, 4)).as((reason, d, chance) -> f -> {
                    if (chance == 0 && f.status() != FrameworkStatus.DISSOLVED) {
                        f.dissolve(reason, lastChange(f).plusDays(d));
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> admit = Combinators.combine(organisationId(),
                Arbitraries.of(PartyCategory.class), Arbitraries.integers().between(0, 7), person().list().ofMaxSize(3),
                Arbitraries.integers().between(0, 400)).as((organisation, category, mask, people, d) -> f -> {
                    if (f.status() != FrameworkStatus.DISSOLVED) {
                        List<Sector> represented = new ArrayList<>();
                        for (int i = 0; i < f.prioritySectors().size(); i++) {
                            if ((mask & (1 << i)) != 0) {
                                represented.add(f.prioritySectors().get(i));
                            }
                        }
                        f.admit(organisation, category, represented, people, f.proposedOn().plusDays(d));
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> leave = Combinators.combine(index(), days(), optionalText())
                .as((i, d, reason) -> f -> {
                    if (!f.currentMembers().isEmpty()) {
                        Membership m = pick(f.currentMembers(), i);
                        f.endMembership(m.organisation(), m.effective().from().plusDays(d), reason);
                    }
                });
        Arbitrary<Consumer<ConsultationFramework>> changeRepresentatives = Combinators.combine(index(),
                person().list().ofMaxSize(3), date()).as((i, people, on) -> f -> {
                    if (!f.currentMembers().isEmpty()) {
                        f.changeRepresentatives(pick(f.currentMembers(), i).organisation(), people, on);
                    }
                });
        return scenario(create, List.of(changeSectors, establish, activate, suspendOrResume, dissolve, admit, admit, leave,
                changeRepresentatives));
    }

    // Needs -------------------------------------------------------------------------------------

    static Arbitrary<Scenario<Need>> needs() {
        Arbitrary<Supplier<Need>> create = currency().flatMap(currency -> Combinators.combine(uuid(), organisationId(),
                sector(), Arbitraries.of(NeedKind.class), longText(), money(currency).injectNull(0.3), date())
                .as((framework, raisedBy, sector, kind, description, cost, on) -> () -> Need.identify(
                        new FrameworkId(framework), raisedBy, sector, kind, description, cost, on)));
        Arbitrary<Consumer<Need>> address = Combinators.combine(uuid(), index(), Arbitraries.of(true, false), days())
                .as((action, i, again, d) -> need -> {
                    if (need.status() != NeedStatus.WITHDRAWN) {
                        ActionId id = again && !need.addressedBy().isEmpty() ? pick(need.addressedBy(), i)
                                : new ActionId(action);
                        need.addressWith(id, need.identifiedOn().plusDays(d));
                    }
                });
        Arbitrary<Consumer<Need>> meet = days().map(d -> need -> {
            if (need.status() == NeedStatus.PLANNED) {
                need.markMet(need.identifiedOn().plusDays(d));
            }
        });
        Arbitrary<Consumer<Need>> withdraw = Combinators.combine(text(), days()).as((reason, d) -> need -> {
            if (need.status() == NeedStatus.OPEN || need.status() == NeedStatus.PLANNED) {
                need.withdraw(reason, need.identifiedOn().plusDays(d));
            }
        });
        return scenario(create, List.of(address, address, meet, withdraw));
    }

    // Meetings ----------------------------------------------------------------------------------

    static Arbitrary<AgendaItem> agendaItem() {
        return Combinators.combine(text(), Arbitraries.of(AgendaItemKind.class), uuid().injectNull(0.5))
                .as(AgendaItem::new);
    }

    static Arbitrary<Scenario<Meeting>> meetings() {
        Arbitrary<Supplier<Meeting>> create = Combinators.combine(uuid(), Arbitraries.integers().between(1, 40), date(),
                text()).as((framework, sequence, on, venue) -> () -> Meeting.plan(new FrameworkId(framework), sequence,
                        on, venue));
        Arbitrary<Consumer<Meeting>> convene = Combinators.combine(organisationId(), Arbitraries.integers().between(0, 30),
                organisationId().list().ofMaxSize(4), Arbitraries.of(true, false), agendaItem().list().ofMaxSize(3))
                .as((by, before, invitees, twice, items) -> meeting -> {
                    if (meeting.status() == MeetingStatus.PLANNED) {
                        List<OrganisationId> invited = new ArrayList<>(invitees);
                        if (twice && !invited.isEmpty()) {
                            invited.add(invited.get(0));
                        }
                        meeting.convene(new Convocation(by, meeting.plannedOn().minusDays(before), invited), items);
                    }
                });
        Arbitrary<Consumer<Meeting>> addItem = Combinators.combine(agendaItem(), date()).as((item, on) -> meeting -> {
            if (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CONVENED) {
                meeting.addAgendaItem(item, on);
            }
        });
        Arbitrary<Consumer<Meeting>> attend = Combinators.combine(index(), organisationId(),
                Arbitraries.of(PartyCategory.class), person(), days()).as((i, other, category, person, d) -> meeting -> {
                    if (meeting.status() == MeetingStatus.CONVENED) {
                        Convocation convocation = meeting.convocation().orElseThrow();
                        OrganisationId party = i % 2 == 0 && !convocation.invitees().isEmpty()
                                ? pick(convocation.invitees(), i / 2) : other;
                        boolean signed = meeting.attendance().stream().anyMatch(a -> a.organisation().equals(party)
                                && a.person().name().equalsIgnoreCase(person.name()));
                        if (!signed) {
                            meeting.recordAttendance(new Attendance(party, category, person),
                                    convocation.issuedOn().plusDays(d));
                        }
                    }
                });
        Arbitrary<Consumer<Meeting>> hold = days().map(d -> meeting -> {
            if (meeting.status() == MeetingStatus.CONVENED) {
                meeting.hold(meeting.convocation().orElseThrow().issuedOn().plusDays(d));
            }
        });
        Arbitrary<Consumer<Meeting>> cancel = Combinators.combine(text(), date(), Arbitraries.integers().between(0, 3))
                .as((reason, on, chance) -> meeting -> {
                    if (chance == 0 && (meeting.status() == MeetingStatus.PLANNED
                            || meeting.status() == MeetingStatus.CONVENED)) {
                        meeting.cancel(reason, on);
                    }
                });
        Arbitrary<Consumer<Meeting>> minutes = Combinators.combine(longText(), days()).as((text, d) -> meeting -> {
            if (meeting.isHeld() && meeting.approvals().isEmpty()) {
                meeting.recordMinutes(new Minutes(text, meeting.heldOn().orElseThrow().plusDays(d)));
            }
        });
        Arbitrary<Consumer<Meeting>> approve = Combinators.combine(index(), organisationId(), Arbitraries.of(true, false),
                optionalText(), days()).as((i, other, approved, remark, d) -> meeting -> {
                    if (meeting.minutes().isPresent()) {
                        OrganisationId party = i % 2 == 0 && !meeting.attendance().isEmpty()
                                ? pick(meeting.attendance(), i / 2).organisation() : other;
                        if (meeting.approvals().stream().noneMatch(a -> a.party().equals(party))) {
                            meeting.approveMinutes(new MinutesApproval(party, approved,
                                    approved || remark != null ? remark : "réserve sur le point 2",
                                    meeting.minutes().orElseThrow().recordedOn().plusDays(d)));
                        }
                    }
                });
        return scenario(create, List.of(convene, addItem, attend, attend, hold, cancel, minutes, approve));
    }

    // Action plans ------------------------------------------------------------------------------

    static Arbitrary<List<CostShare>> costShares(String currency) {
        Arbitrary<CostShare> share = Combinators.combine(organisationId(), Arbitraries.of(ContributionForm.class),
                Arbitraries.longs().between(0, 5_000_000_000L), Arbitraries.integers().between(0, 100))
                .as((party, form, pledged, percent) -> new CostShare(party, form, new Money(pledged, currency),
                        new Money(pledged / 100 * percent, currency)));
        return share.list().ofMaxSize(3).uniqueElements(s -> List.of(s.party(), s.form()));
    }

    static Arbitrary<PdescReference> pdesc() {
        return Combinators.combine(code(), optionalText()).as(PdescReference::new);
    }

    static Arbitrary<ActionSpec> actionSpec() {
        return currency().flatMap(currency -> Combinators.combine(
                Combinators.combine(text(), sector(), Arbitraries.of(ActionKind.class), organisationId(), date())
                        .as((title, sector, kind, responsible, due) -> ActionSpec.of(title, sector, kind, responsible,
                                due, null, null)),
                money(currency), costShares(currency), pdesc().injectNull(0.5),
                uuid().map(NeedId::new).list().ofMaxSize(3), uuid().map(ActionId::new).injectNull(0.7))
                .as((head, cost, shares, pdesc, needs, carriedFrom) -> new ActionSpec(head.title(), head.sector(),
                        head.kind(), head.responsible(), head.dueDate(), cost, shares, pdesc, needs, carriedFrom)));
    }

    private static Money in(Action action, long amount) {
        return new Money(amount, action.estimatedCost().currency());
    }

    static Arbitrary<Scenario<ActionPlan>> plans() {
        Arbitrary<Supplier<ActionPlan>> create = Combinators.combine(uuid(), Arbitraries.integers().between(1, 6),
                uuid(), date(), Arbitraries.integers().between(1, 3), uuid(), Arbitraries.integers().between(0, 20),
                actionSpec().list().ofMinSize(1).ofMaxSize(4))
                .as((framework, cycle, previous, start, months, meeting, before, specs) -> () -> ActionPlan.adopt(
                        new FrameworkId(framework), cycle, cycle == 1 ? null : new PlanId(previous),
                        Period.ofMonths(start, months), new MeetingId(meeting), start.minusDays(before), specs));
        Arbitrary<Consumer<ActionPlan>> status = Combinators.combine(index(),
                Arbitraries.of(ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED, ActionStatus.DONE), optionalText(), days())
                .as((i, next, reason, d) -> plan -> {
                    Action action = pick(plan.actions(), i);
                    if (plan.isInForce() && action.status().canMoveTo(next)) {
                        plan.changeActionStatus(action.id(), next,
                                next == ActionStatus.BLOCKED && reason == null ? "pompe en panne" : reason,
                                plan.adoptedOn().plusDays(d));
                    }
                });
        Arbitrary<Consumer<ActionPlan>> note = Combinators.combine(index(), organisationId(), longText(), days())
                .as((i, author, text, d) -> plan -> {
                    if (plan.isInForce()) {
                        plan.noteProgress(pick(plan.actions(), i).id(),
                                new ProgressNote(plan.adoptedOn().plusDays(d), author, text));
                    }
                });
        Arbitrary<Consumer<ActionPlan>> pledge = Combinators.combine(index(), index(), organisationId(),
                Arbitraries.of(ContributionForm.class), Arbitraries.longs().between(0, 1_000_000), days())
                .as((i, j, other, form, extra, d) -> plan -> {
                    Action action = pick(plan.actions(), i);
                    if (plan.isInForce()) {
                        if (j % 2 == 0 && !action.costShares().isEmpty()) {
                            CostShare share = pick(action.costShares(), j / 2);
                            plan.pledge(action.id(), share.party(), share.form(),
                                    in(action, share.delivered().amount() + extra), plan.adoptedOn().plusDays(d));
                        } else if (action.shareOf(other, form).isEmpty()) {
                            plan.pledge(action.id(), other, form, in(action, extra), plan.adoptedOn().plusDays(d));
                        }
                    }
                });
        Arbitrary<Consumer<ActionPlan>> deliver = Combinators.combine(index(), index(),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 2), days()).as((i, j, amount, d) -> plan -> {
                    Action action = pick(plan.actions(), i);
                    if (plan.isInForce() && !action.costShares().isEmpty()) {
                        CostShare share = pick(action.costShares(), j);
                        long outstanding = share.outstanding().amount();
                        if (outstanding > 0) {
                            plan.deliver(action.id(), share.party(), share.form(), in(action, 1 + amount % outstanding),
                                    plan.adoptedOn().plusDays(d));
                        }
                    }
                });
        Arbitrary<Consumer<ActionPlan>> register = Combinators.combine(index(), pdesc(), days())
                .as((i, reference, d) -> plan -> plan.registerInPdesc(pick(plan.actions(), i).id(), reference,
                        plan.adoptedOn().plusDays(d)));
        Arbitrary<Consumer<ActionPlan>> review = Combinators.combine(uuid(), days(),
                Arbitraries.of(ReviewOutcome.class).list().ofMinSize(4).ofMaxSize(4), optionalText(),
                Arbitraries.integers().between(0, 2)).as((meeting, d, outcomes, reason, chance) -> plan -> {
                    if (chance == 0 && plan.isInForce()) {
                        List<ActionReview> decisions = new ArrayList<>();
                        for (int k = 0; k < plan.actions().size(); k++) {
                            ReviewOutcome outcome = outcomes.get(k);
                            decisions.add(new ActionReview(plan.actions().get(k).id(), outcome,
                                    outcome == ReviewOutcome.DROPPED && reason == null ? "hors délai" : reason));
                        }
                        plan.review(new MeetingId(meeting), plan.adoptedOn().plusDays(d), decisions);
                    }
                });
        return scenario(create, List.of(status, status, note, pledge, deliver, register, review));
    }

    // Committees --------------------------------------------------------------------------------

    static Arbitrary<Scenario<MonitoringCommittee>> committees() {
        Arbitrary<List<String>> duties = text().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<CommitteeMember>> seats = Combinators.combine(organisationId(), Arbitraries.of(PartyCategory.class),
                person()).as((organisation, category, person) -> CommitteeMember.from(BASE, organisation, category,
                        person)).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Supplier<MonitoringCommittee>> create = Combinators.combine(uuid(), uuid(), date(), seats, text(),
                duties, Arbitraries.integers().between(1, 3), uuid())
                .as((framework, meeting, on, members, scope, tasks, months, plan) -> () -> MonitoringCommittee.install(
                        new FrameworkId(framework), new MeetingId(meeting), on,
                        members.stream().map(m -> CommitteeMember.from(on, m.organisation(), m.category(), m.person()))
                                .toList(),
                        scope, tasks, Period.ofMonths(on, months), new PlanId(plan)));
        Arbitrary<Consumer<MonitoringCommittee>> join = Combinators.combine(organisationId(),
                Arbitraries.of(PartyCategory.class), person(), days()).as((organisation, category, person, d) -> c -> {
                    boolean seated = c.currentMembers().stream().anyMatch(m -> m.organisation().equals(organisation)
                            && m.person().name().equalsIgnoreCase(person.name()));
                    if (!seated) {
                        c.addMember(CommitteeMember.from(c.installedOn().plusDays(d), organisation, category, person));
                    }
                });
        Arbitrary<Consumer<MonitoringCommittee>> leave = Combinators.combine(index(), days()).as((i, d) -> c -> {
            if (!c.currentMembers().isEmpty()) {
                CommitteeMember m = pick(c.currentMembers(), i);
                c.removeMember(m.organisation(), m.person().name(), m.effective().from().plusDays(d));
            }
        });
        Arbitrary<Consumer<MonitoringCommittee>> revise = Combinators.combine(text(), duties,
                Arbitraries.integers().between(1, 3), uuid(), text(), days()).as((scope, tasks, months, plan, reason, d) -> c -> {
                    LocalDate on = c.currentMandate().adoptedOn().plusDays(d);
                    c.reviseMandate(scope, tasks, Period.ofMonths(on, months), new PlanId(plan), reason, on);
                });
        Arbitrary<Consumer<MonitoringCommittee>> report = Combinators.combine(uuid(), longText(), days())
                .as((plan, summary, d) -> c -> c.fileReport(new PlanId(plan), summary, c.installedOn().plusDays(d)));
        Arbitrary<Consumer<MonitoringCommittee>> obstacle = Combinators.combine(uuid(), uuid(), longText(), days())
                .as((plan, action, description, d) -> c -> c.recordObstacle(new PlanId(plan), new ActionId(action),
                        description, c.installedOn().plusDays(d)));
        Arbitrary<Consumer<MonitoringCommittee>> reportObstacle = Combinators.combine(index(), uuid(), days())
                .as((i, meeting, d) -> c -> {
                    if (!c.unresolvedObstacles().isEmpty()) {
                        Obstacle o = pick(c.unresolvedObstacles(), i);
                        c.reportObstacle(o.id(), new MeetingId(meeting), o.raisedOn().plusDays(d));
                    }
                });
        Arbitrary<Consumer<MonitoringCommittee>> resolve = Combinators.combine(index(), text(), days())
                .as((i, resolution, d) -> c -> {
                    if (!c.unresolvedObstacles().isEmpty()) {
                        Obstacle o = pick(c.unresolvedObstacles(), i);
                        c.resolveObstacle(o.id(), resolution, o.raisedOn().plusDays(d));
                    }
                });
        return scenario(create, List.of(join, leave, revise, report, obstacle, obstacle, reportObstacle, resolve));
    }
}
