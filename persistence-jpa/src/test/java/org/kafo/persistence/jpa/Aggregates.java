package org.kafo.persistence.jpa;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid aggregates, built through the domain's own commands: each aggregate is
 * created, then changed by a random sequence of commands, each one issued only where the state
 * allows it.
 */
final class Aggregates {

    static final LocalDate BASE = LocalDate.of(2008, 1, 1);

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêçàôÉÈ' -.0123456789";

    /** The longest sequence of commands a scenario goes through after its creation. */
    static final int MAX_STEPS = 7;

    private Aggregates() {
    }

    // Values ------------------------------------------------------------------------------------

    /**
     * Not blank, from 1 to {@code maxLength} characters taken from {@code characters}. The length is
     * one draw and the characters follow from a second one: a draw per character would bury the few
     * draws that shape a scenario (how many steps, which commands) among hundreds, and shrinking,
     * which lowers one draw at a time, would hardly ever reach them.
     */
    private static Gen<String> strings(String characters, int maxLength) {
        return integers().between(1, maxLength).zip(longs().all(), (length, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            return text.toString();
        }).assuming(s -> !s.isBlank());
    }

    /** The value, or null about {@code percentNull} times in a hundred. */
    private static <T> Gen<T> orNull(Gen<T> values, int percentNull) {
        return values.toOptionals(percentNull).map(value -> value.orElse(null));
    }

    /** The list without its later elements of the same key. */
    private static <T> List<T> distinctBy(List<T> values, Function<T, ?> key) {
        return List.copyOf(values.stream().collect(Collectors.toMap(key, v -> v, (first, later) -> first,
                LinkedHashMap::new)).values());
    }

    static Gen<String> text() {
        return strings(LETTERS, 40);
    }

    static Gen<String> longText() {
        return strings(LETTERS + "\n", 600);
    }

    static Gen<String> optionalText() {
        return orNull(text(), 40);
    }

    static Gen<String> code() {
        return strings("0123456789-ABCDEFGH", 12);
    }

    static Gen<LocalDate> date() {
        return integers().between(0, 6000).map(BASE::plusDays);
    }

    static Gen<Integer> days() {
        return integers().between(0, 120);
    }

    static Gen<Integer> index() {
        return integers().between(0, 50);
    }

    /**
     * A fresh random id, as the domain's {@code newId()} gives: never shrunk, and never the same for
     * two references, even in the first examples, where every draw is at its lowest, highest or
     * simplest value.
     */
    static Gen<UUID> uuid() {
        return Generate.constant(UUID::randomUUID);
    }

    static Gen<OrganisationId> organisationId() {
        return uuid().map(OrganisationId::new);
    }

    static Gen<Sector> sector() {
        return Generate.pick(List.of("small-scale-irrigation", "market-gardening", "rice", "fishing", "livestock",
                "shea-butter")).map(Sector::of);
    }

    static Gen<Person> person() {
        return text().zip(Generate.enumValues(Sex.class), booleans().all(), optionalText(), Person::new);
    }

    static Gen<Money> money(String currency) {
        return longs().between(0, 90_000_000_000L).map(amount -> new Money(amount, currency));
    }

    static Gen<String> currency() {
        return Generate.pick(List.of(Money.XOF, "EUR"));
    }

    private static LocalDate lastChange(ConsultationFramework framework) {
        return framework.history().get(framework.history().size() - 1).on();
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }

    /** The command under its name, for the report of a failing scenario. */
    private static <A> Gen<Consumer<A>> command(String name, Gen<Consumer<A>> command) {
        return command.map(action -> new Scenario.Step<>(name, action));
    }

    /** Created, then up to {@link #MAX_STEPS} commands, each one any of {@code steps}. */
    private static <A> Gen<Scenario<A>> scenario(Gen<Supplier<A>> create, List<Gen<Consumer<A>>> steps) {
        Gen<Consumer<A>> anyStep = Generate.pick(steps).flatMap(step -> step);
        return create.zip(lists().of(anyStep).ofSizeBetween(0, MAX_STEPS), Scenario::new);
    }

    // Territory ---------------------------------------------------------------------------------

    static Gen<Scenario<Region>> regions() {
        Gen<Supplier<Region>> create = code().zip(text(), orNull(date(), 30),
                (code, name, from) -> () -> Region.register(code, name,
                        from == null ? Effective.ALWAYS : Effective.since(from)));
        Gen<Consumer<Region>> retire = command("retire", days().map(d -> region -> {
            if (region.effective().isOpenEnded()) {
                LocalDate from = region.effective().from();
                region.retire((from == null ? BASE : from).plusDays(d));
            }
        }));
        return scenario(create, List.of(retire));
    }

    static Gen<Scenario<Cercle>> cercles() {
        Gen<Supplier<Cercle>> create = code().zip(text(), uuid(), orNull(date(), 30),
                (code, name, region, from) -> () -> Cercle.register(code, name, new RegionId(region),
                        from == null ? Effective.ALWAYS : Effective.since(from)));
        Gen<Consumer<Cercle>> retire = command("retire", days().map(d -> cercle -> {
            if (cercle.effective().isOpenEnded()) {
                LocalDate from = cercle.effective().from();
                cercle.retire((from == null ? BASE : from).plusDays(d));
            }
        }));
        return scenario(create, List.of(retire));
    }

    static Gen<Scenario<Commune>> communes() {
        Gen<Population> population = longs().between(0, 3_000_000).zip(integers().between(1960, 2030),
                Population::new);
        Gen<GeoPoint> location = doubles().between(-90, 90).zip(doubles().between(-180, 180), GeoPoint::new);
        Gen<Supplier<Commune>> create = random -> {
            String code = code().generate(random);
            String name = text().generate(random);
            UUID cercle = uuid().generate(random);
            UUID region = uuid().generate(random);
            LocalDate from = orNull(date(), 30).generate(random);
            Population inhabitants = orNull(population, 30).generate(random);
            GeoPoint point = orNull(location, 30).generate(random);
            return () -> Commune.register(code, name, new Assignment(new CercleId(cercle), new RegionId(region),
                    from == null ? Effective.ALWAYS : Effective.since(from)), inhabitants, point);
        };
        Gen<Consumer<Commune>> alias = command("add alias", text().map(a -> commune -> commune.addAlias(a)));
        Gen<Consumer<Commune>> reassign = command("reassign", uuid().zip(uuid(), integers().between(1, 900),
                (cercle, region, d) -> commune -> {
                    LocalDate currentFrom = commune.currentAssignment().effective().from();
                    commune.reassign(new CercleId(cercle), new RegionId(region),
                            (currentFrom == null ? BASE : currentFrom).plusDays(d));
                }));
        Gen<Consumer<Commune>> census = command("record census", longs().between(0, 3_000_000).zip(
                integers().between(0, 10), date(), (inhabitants, years, on) -> commune -> {
                    int year = commune.population().map(Population::censusYear).orElse(1998) + years;
                    commune.recordCensus(new Population(inhabitants, year), on);
                }));
        return scenario(create, List.of(alias, reassign, census));
    }

    // Organisations -----------------------------------------------------------------------------

    static Gen<Scenario<Organisation>> organisations() {
        Gen<Set<Sector>> sectors = lists().of(sector()).ofSizeBetween(0, 3).map(list -> new LinkedHashSet<>(list));
        Gen<Supplier<Organisation>> create = random -> {
            String name = text().generate(random);
            String acronym = optionalText().generate(random);
            OrganisationKind kind = Generate.enumValues(OrganisationKind.class).generate(random);
            UUID commune = uuid().generate(random);
            boolean based = booleans().all().generate(random);
            Set<Sector> worksIn = sectors.generate(random);
            LocalDate on = date().generate(random);
            return () -> Organisation.register(name, acronym, kind,
                    based || kind == OrganisationKind.MUNICIPALITY ? new CommuneId(commune) : null, worksIn, on);
        };
        Gen<Consumer<Organisation>> count = command("count members", integers().between(0, 300).zip(
                integers().between(0, 300), integers().between(0, 300), days(),
                (members, women, youth, d) -> organisation -> {
                    LocalDate on = organisation.members().map(MemberCount::countedOn).orElse(BASE).plusDays(d);
                    organisation.countMembers(new MemberCount(members, Math.min(women, members),
                            Math.min(youth, members), on));
                }));
        Gen<Consumer<Organisation>> formalise = command("formalise", code().zip(date(), text(),
                (number, on, authority) -> organisation -> {
                    if (!organisation.isFormalised()) {
                        organisation.formalise(new LegalRegistration(number, on, authority));
                    }
                }));
        return scenario(create, List.of(count, formalise));
    }

    // Frameworks --------------------------------------------------------------------------------

    /** Members and sectors change while the framework is neither suspended nor dissolved. */
    private static boolean changeable(ConsultationFramework f) {
        return f.status() != FrameworkStatus.SUSPENDED && f.status() != FrameworkStatus.DISSOLVED;
    }

    static Gen<Scenario<ConsultationFramework>> frameworks() {
        Gen<List<Sector>> sectors = lists().of(sector()).ofSizeBetween(1, 3).map(list -> distinctBy(list, s -> s));
        Gen<Supplier<ConsultationFramework>> create = uuid().zip(text(), sectors, date(),
                (commune, name, priority, on) -> () -> ConsultationFramework.propose(new CommuneId(commune), name,
                        priority, on));
        Gen<Consumer<ConsultationFramework>> changeSectors = command("change priority sectors", sectors.zip(days(),
                (priority, d) -> f -> {
                    if (changeable(f)) {
                        f.changePrioritySectors(priority, lastChange(f).plusDays(d));
                    }
                }));
        Gen<DeliberatingBody> body = Generate.enumValues(DeliberatingBody.class);
        Gen<Consumer<ConsultationFramework>> establish = command("establish", code().zip(text(),
                integers().between(0, 60), days(), (number, decision, before, d) -> body.map(by ->
                        (Consumer<ConsultationFramework>) f -> {
                            if (f.status() == FrameworkStatus.PROPOSED) {
                                LocalDate on = lastChange(f).plusDays(d);
                                f.establish(new CouncilDeliberation(number, on.minusDays(before), decision, by), on);
                            }
                        })).flatMap(step -> step));
        Gen<Consumer<ConsultationFramework>> deliberate = command("record a later deliberation", code().zip(text(),
                body, Generate.enumValues(DeliberationOutcome.class), (number, decision, by, outcome) ->
                        sectors.zip(days(), (priority, d) -> (Consumer<ConsultationFramework>) f -> {
                            boolean sectorsChange = outcome == DeliberationOutcome.SECTORS_CHANGE;
                            if (f.deliberation().isPresent() && f.status() != FrameworkStatus.DISSOLVED
                                    && (!sectorsChange || changeable(f))) {
                                LocalDate on = lastChange(f).plusDays(d);
                                f.recordDeliberation(new CouncilDeliberation(number, on, decision, by), outcome,
                                        sectorsChange ? priority : List.of(), on);
                            }
                        })).flatMap(step -> step));
        Gen<Consumer<ConsultationFramework>> activate = command("activate", days().map(d -> f -> {
            if (f.status() == FrameworkStatus.ESTABLISHED) {
                f.activate(lastChange(f).plusDays(d));
            }
        }));
        Gen<Consumer<ConsultationFramework>> suspendOrResume = command("suspend or resume", text().zip(days(),
                (reason, d) -> f -> {
                    if (f.status() == FrameworkStatus.ACTIVE || f.status() == FrameworkStatus.ESTABLISHED) {
                        f.suspend(reason, lastChange(f).plusDays(d));
                    } else if (f.status() == FrameworkStatus.SUSPENDED) {
                        f.resume(lastChange(f).plusDays(d));
                    }
                }));
        Gen<Consumer<ConsultationFramework>> dissolve = command("dissolve", text().zip(days(),
                integers().between(0, 4), (reason, d, chance) -> f -> {
                    if (chance == 0 && f.status() != FrameworkStatus.DISSOLVED) {
                        f.dissolve(reason, lastChange(f).plusDays(d));
                    }
                }));
        Gen<Consumer<ConsultationFramework>> admit = command("admit", organisationId().zip(
                Generate.enumValues(PartyCategory.class), integers().between(0, 7),
                lists().of(person()).ofSizeBetween(0, 3), integers().between(0, 400),
                (organisation, category, mask, people, d) -> f -> {
                    if (changeable(f)) {
                        List<Sector> represented = new ArrayList<>();
                        for (int i = 0; i < f.prioritySectors().size(); i++) {
                            if ((mask & (1 << i)) != 0) {
                                represented.add(f.prioritySectors().get(i));
                            }
                        }
                        f.admit(organisation, category, represented, people, f.proposedOn().plusDays(d));
                    }
                }));
        Gen<Consumer<ConsultationFramework>> leave = command("end membership", index().zip(days(), optionalText(),
                (i, d, reason) -> f -> {
                    if (changeable(f) && !f.currentMembers().isEmpty()) {
                        Membership m = pick(f.currentMembers(), i);
                        f.endMembership(m.organisation(), m.effective().from().plusDays(d), reason);
                    }
                }));
        Gen<Consumer<ConsultationFramework>> changeRepresentatives = command("change representatives", index().zip(
                lists().of(person()).ofSizeBetween(0, 3), date(), (i, people, on) -> f -> {
                    if (changeable(f) && !f.currentMembers().isEmpty()) {
                        f.changeRepresentatives(pick(f.currentMembers(), i).organisation(), people, on);
                    }
                }));
        return scenario(create, List.of(changeSectors, establish, activate, suspendOrResume, dissolve, admit, admit,
                leave, changeRepresentatives, deliberate));
    }

    // Needs -------------------------------------------------------------------------------------

    static Gen<Scenario<Need>> needs() {
        Gen<Supplier<Need>> create = random -> {
            String currency = currency().generate(random);
            UUID framework = uuid().generate(random);
            OrganisationId raisedBy = organisationId().generate(random);
            Sector sector = sector().generate(random);
            NeedKind kind = Generate.enumValues(NeedKind.class).generate(random);
            String description = longText().generate(random);
            Money cost = orNull(money(currency), 30).generate(random);
            LocalDate on = date().generate(random);
            return () -> Need.identify(new FrameworkId(framework), raisedBy, sector, kind, description, cost, on);
        };
        Gen<Consumer<Need>> address = command("address", uuid().zip(index(), booleans().all(), days(),
                (action, i, again, d) -> need -> {
                    if (need.status() != NeedStatus.WITHDRAWN) {
                        ActionId id = again && !need.addressedBy().isEmpty() ? pick(need.addressedBy(), i)
                                : new ActionId(action);
                        need.addressWith(id, need.identifiedOn().plusDays(d));
                    }
                }));
        Gen<Consumer<Need>> meet = command("mark met", days().map(d -> need -> {
            if (need.status() == NeedStatus.PLANNED) {
                need.markMet(need.identifiedOn().plusDays(d));
            }
        }));
        Gen<Consumer<Need>> withdraw = command("withdraw", text().zip(days(), (reason, d) -> need -> {
            if (need.status() == NeedStatus.OPEN || need.status() == NeedStatus.PLANNED) {
                need.withdraw(reason, need.identifiedOn().plusDays(d));
            }
        }));
        Gen<Consumer<Need>> correct = command("correct", sector().zip(Generate.enumValues(NeedKind.class), longText(),
                days(), (sector, kind, description, d) -> orNull(money(Money.XOF), 30).zip(text(),
                        (cost, reason) -> (Consumer<Need>) need -> {
                            if (need.status() != NeedStatus.WITHDRAWN) {
                                need.correct(sector, kind, description, cost, reason, need.identifiedOn().plusDays(d));
                            }
                        })).flatMap(step -> step));
        return scenario(create, List.of(address, address, meet, withdraw, correct));
    }

    // Meetings ----------------------------------------------------------------------------------

    static Gen<AgendaItem> agendaItem() {
        return text().zip(Generate.enumValues(AgendaItemKind.class), orNull(uuid(), 50), AgendaItem::new);
    }

    static Gen<Scenario<Meeting>> meetings() {
        Gen<Supplier<Meeting>> create = uuid().zip(integers().between(1, 40), date(), text(),
                (framework, sequence, on, venue) -> () -> Meeting.plan(new FrameworkId(framework), sequence, on,
                        venue));
        Gen<Consumer<Meeting>> convene = command("convene", organisationId().zip(integers().between(0, 30),
                lists().of(organisationId()).ofSizeBetween(0, 4), booleans().all(),
                lists().of(agendaItem()).ofSizeBetween(0, 3), (by, before, invitees, twice, items) -> meeting -> {
                    if (meeting.status() == MeetingStatus.PLANNED) {
                        List<OrganisationId> invited = new ArrayList<>(invitees);
                        if (twice && !invited.isEmpty()) {
                            invited.add(invited.get(0));
                        }
                        meeting.convene(new Convocation(by, meeting.plannedOn().minusDays(before), invited), items);
                    }
                }));
        Gen<Consumer<Meeting>> addItem = command("add agenda item", agendaItem().zip(date(), (item, on) -> meeting -> {
            if (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CONVENED) {
                meeting.addAgendaItem(item, on);
            }
        }));
        Gen<Consumer<Meeting>> attend = command("record attendance", index().zip(organisationId(),
                Generate.enumValues(PartyCategory.class), person(), days(),
                (i, other, category, person, d) -> meeting -> {
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
                }));
        Gen<Consumer<Meeting>> hold = command("hold", days().map(d -> meeting -> {
            if (meeting.status() == MeetingStatus.CONVENED) {
                meeting.hold(meeting.convocation().orElseThrow().issuedOn().plusDays(d));
            }
        }));
        Gen<Consumer<Meeting>> cancel = command("cancel", text().zip(date(), integers().between(0, 3),
                (reason, on, chance) -> meeting -> {
                    if (chance == 0 && (meeting.status() == MeetingStatus.PLANNED
                            || meeting.status() == MeetingStatus.CONVENED)) {
                        meeting.cancel(reason, on);
                    }
                }));
        Gen<Consumer<Meeting>> postpone = command("postpone", optionalText().zip(days(), days(),
                (reason, later, d) -> meeting -> {
                    if (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CONVENED) {
                        meeting.postpone(meeting.plannedOn().plusDays(later + 1L), reason,
                                meeting.plannedOn().minusDays(d));
                    }
                }));
        Gen<Consumer<Meeting>> minutes = command("record minutes", longText().zip(days(), (text, d) -> meeting -> {
            if (meeting.isHeld() && meeting.approvals().isEmpty()) {
                meeting.recordMinutes(new Minutes(text, meeting.heldOn().orElseThrow().plusDays(d)));
            }
        }));
        Gen<Consumer<Meeting>> approve = command("approve minutes", index().zip(organisationId(), booleans().all(),
                optionalText(), days(), (i, other, approved, remark, d) -> meeting -> {
                    if (meeting.minutes().isPresent()) {
                        OrganisationId party = i % 2 == 0 && !meeting.attendance().isEmpty()
                                ? pick(meeting.attendance(), i / 2).organisation() : other;
                        if (meeting.approvals().stream().noneMatch(a -> a.party().equals(party))) {
                            meeting.approveMinutes(new MinutesApproval(party, approved,
                                    approved || remark != null ? remark : "réserve sur le point 2",
                                    meeting.minutes().orElseThrow().recordedOn().plusDays(d)));
                        }
                    }
                }));
        return scenario(create, List.of(convene, addItem, postpone, attend, attend, hold, postpone, cancel, minutes,
                approve));
    }

    // Action plans ------------------------------------------------------------------------------

    static Gen<List<CostShare>> costShares(String currency) {
        Gen<CostShare> share = organisationId().zip(Generate.enumValues(ContributionForm.class),
                longs().between(0, 5_000_000_000L), integers().between(0, 100),
                (party, form, pledged, percent) -> new CostShare(party, form, new Money(pledged, currency),
                        new Money(pledged / 100 * percent, currency)));
        return lists().of(share).ofSizeBetween(0, 3).map(shares -> distinctBy(shares, s -> List.of(s.party(),
                s.form())));
    }

    static Gen<PdescReference> pdesc() {
        return code().zip(optionalText(), PdescReference::new);
    }

    static Gen<ActionSpec> actionSpec() {
        return random -> {
            String currency = currency().generate(random);
            String title = text().generate(random);
            Sector sector = sector().generate(random);
            ActionKind kind = Generate.enumValues(ActionKind.class).generate(random);
            OrganisationId responsible = organisationId().generate(random);
            LocalDate due = date().generate(random);
            Money cost = money(currency).generate(random);
            List<CostShare> shares = costShares(currency).generate(random);
            PdescReference pdesc = orNull(pdesc(), 50).generate(random);
            List<NeedId> needs = lists().of(uuid().map(NeedId::new)).ofSizeBetween(0, 3).generate(random);
            ActionId carriedFrom = orNull(uuid().map(ActionId::new), 70).generate(random);
            return new ActionSpec(title, sector, kind, responsible, due, cost, shares, pdesc, needs, carriedFrom);
        };
    }

    private static Money in(Action action, long amount) {
        return new Money(amount, action.estimatedCost().currency());
    }

    static Gen<Scenario<ActionPlan>> plans() {
        Gen<Supplier<ActionPlan>> create = random -> {
            UUID framework = uuid().generate(random);
            int cycle = integers().between(1, 6).generate(random);
            UUID previous = uuid().generate(random);
            LocalDate start = date().generate(random);
            int months = integers().between(1, 3).generate(random);
            UUID meeting = uuid().generate(random);
            int before = integers().between(0, 20).generate(random);
            List<ActionSpec> specs = lists().of(actionSpec()).ofSizeBetween(1, 4).generate(random);
            return () -> ActionPlan.adopt(new FrameworkId(framework), cycle, cycle == 1 ? null : new PlanId(previous),
                    Period.ofMonths(start, months), new MeetingId(meeting), start.minusDays(before), specs);
        };
        Gen<Consumer<ActionPlan>> status = command("change action status", index().zip(
                Generate.pick(List.of(ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED, ActionStatus.DONE)),
                optionalText(), days(), (i, next, reason, d) -> plan -> {
                    Action action = pick(plan.actions(), i);
                    if (plan.isInForce() && action.status().canMoveTo(next)) {
                        plan.changeActionStatus(action.id(), next,
                                next == ActionStatus.BLOCKED && reason == null ? "pompe en panne" : reason,
                                plan.adoptedOn().plusDays(d));
                    }
                }));
        Gen<Consumer<ActionPlan>> note = command("note progress", index().zip(organisationId(), longText(), days(),
                (i, author, text, d) -> plan -> {
                    if (plan.isInForce()) {
                        plan.noteProgress(pick(plan.actions(), i).id(),
                                new ProgressNote(plan.adoptedOn().plusDays(d), author, text));
                    }
                }));
        Gen<Consumer<ActionPlan>> pledge = command("pledge", random -> {
            int i = index().generate(random);
            int j = index().generate(random);
            OrganisationId other = organisationId().generate(random);
            ContributionForm form = Generate.enumValues(ContributionForm.class).generate(random);
            long extra = longs().between(0, 1_000_000).generate(random);
            int d = days().generate(random);
            return plan -> {
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
            };
        });
        Gen<Consumer<ActionPlan>> deliver = command("deliver", index().zip(index(),
                longs().between(0, Long.MAX_VALUE / 2), days(), (i, j, amount, d) -> plan -> {
                    Action action = pick(plan.actions(), i);
                    if (plan.isInForce() && !action.costShares().isEmpty()) {
                        CostShare share = pick(action.costShares(), j);
                        long outstanding = share.outstanding().amount();
                        if (outstanding > 0) {
                            plan.deliver(action.id(), share.party(), share.form(), in(action, 1 + amount % outstanding),
                                    plan.adoptedOn().plusDays(d));
                        }
                    }
                }));
        Gen<Consumer<ActionPlan>> register = command("register in PDESC", index().zip(pdesc(), days(),
                (i, reference, d) -> plan -> plan.registerInPdesc(pick(plan.actions(), i).id(), reference,
                        plan.adoptedOn().plusDays(d))));
        Gen<Consumer<ActionPlan>> review = command("review", uuid().zip(days(),
                lists().of(Generate.enumValues(ReviewOutcome.class)).ofSize(4), optionalText(),
                integers().between(0, 2), (meeting, d, outcomes, reason, chance) -> plan -> {
                    if (chance == 0 && plan.isInForce()) {
                        List<ActionReview> decisions = new ArrayList<>();
                        for (int k = 0; k < plan.actions().size(); k++) {
                            ReviewOutcome outcome = outcomes.get(k);
                            decisions.add(new ActionReview(plan.actions().get(k).id(), outcome,
                                    outcome == ReviewOutcome.DROPPED && reason == null ? "hors délai" : reason));
                        }
                        plan.review(new MeetingId(meeting), plan.adoptedOn().plusDays(d), decisions);
                    }
                }));
        return scenario(create, List.of(status, status, note, pledge, deliver, register, review));
    }

    // Committees --------------------------------------------------------------------------------

    static Gen<Scenario<MonitoringCommittee>> committees() {
        Gen<List<String>> duties = lists().of(text()).ofSizeBetween(1, 3);
        Gen<List<CommitteeMember>> seats = lists().of(organisationId().zip(Generate.enumValues(PartyCategory.class),
                person(), (organisation, category, person) -> CommitteeMember.from(BASE, organisation, category,
                        person))).ofSizeBetween(1, 4);
        Gen<Supplier<MonitoringCommittee>> create = random -> {
            UUID framework = uuid().generate(random);
            UUID meeting = uuid().generate(random);
            LocalDate on = date().generate(random);
            List<CommitteeMember> members = seats.generate(random);
            String scope = text().generate(random);
            List<String> tasks = duties.generate(random);
            int months = integers().between(1, 3).generate(random);
            UUID plan = uuid().generate(random);
            return () -> MonitoringCommittee.install(new FrameworkId(framework), new MeetingId(meeting), on,
                    members.stream().map(m -> CommitteeMember.from(on, m.organisation(), m.category(), m.person()))
                            .toList(),
                    scope, tasks, Period.ofMonths(on, months), new PlanId(plan));
        };
        Gen<Consumer<MonitoringCommittee>> join = command("add member", organisationId().zip(
                Generate.enumValues(PartyCategory.class), person(), days(), (organisation, category, person, d) -> c -> {
                    boolean seated = c.currentMembers().stream().anyMatch(m -> m.organisation().equals(organisation)
                            && m.person().name().equalsIgnoreCase(person.name()));
                    if (!seated) {
                        c.addMember(CommitteeMember.from(c.installedOn().plusDays(d), organisation, category, person));
                    }
                }));
        Gen<Consumer<MonitoringCommittee>> leave = command("remove member", index().zip(days(), optionalText(),
                (i, d, reason) -> c -> {
                    if (!c.currentMembers().isEmpty()) {
                        CommitteeMember m = pick(c.currentMembers(), i);
                        c.removeMember(m.organisation(), m.person().name(), m.effective().from().plusDays(d), reason);
                    }
                }));
        Gen<Consumer<MonitoringCommittee>> revise = command("revise mandate", random -> {
            String scope = text().generate(random);
            List<String> tasks = duties.generate(random);
            int months = integers().between(1, 3).generate(random);
            UUID plan = uuid().generate(random);
            String reason = text().generate(random);
            int d = days().generate(random);
            return c -> {
                LocalDate on = c.currentMandate().adoptedOn().plusDays(d);
                c.reviseMandate(scope, tasks, Period.ofMonths(on, months), new PlanId(plan), reason, on);
            };
        });
        Gen<Consumer<MonitoringCommittee>> report = command("file report", uuid().zip(longText(), days(),
                (plan, summary, d) -> c -> c.fileReport(new PlanId(plan), summary, c.installedOn().plusDays(d))));
        Gen<Consumer<MonitoringCommittee>> obstacle = command("record obstacle", uuid().zip(uuid(), longText(), days(),
                (plan, action, description, d) -> c -> c.recordObstacle(new PlanId(plan), new ActionId(action),
                        description, c.installedOn().plusDays(d))));
        Gen<Consumer<MonitoringCommittee>> reportObstacle = command("report obstacle", index().zip(uuid(), days(),
                (i, meeting, d) -> c -> {
                    if (!c.unresolvedObstacles().isEmpty()) {
                        Obstacle o = pick(c.unresolvedObstacles(), i);
                        c.reportObstacle(o.id(), new MeetingId(meeting), o.raisedOn().plusDays(d));
                    }
                }));
        Gen<Consumer<MonitoringCommittee>> resolve = command("resolve obstacle", index().zip(text(), days(),
                (i, resolution, d) -> c -> {
                    if (!c.unresolvedObstacles().isEmpty()) {
                        Obstacle o = pick(c.unresolvedObstacles(), i);
                        c.resolveObstacle(o.id(), resolution, o.raisedOn().plusDays(d));
                    }
                }));
        return scenario(create, List.of(join, leave, revise, report, obstacle, obstacle, reportObstacle, resolve));
    }
}
