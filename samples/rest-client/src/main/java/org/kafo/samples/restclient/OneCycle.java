package org.kafo.samples.restclient;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.kafo.samples.restclient.Wire.ActionSpec;
import org.kafo.samples.restclient.Wire.Attendee;
import org.kafo.samples.restclient.Wire.Money;
import org.kafo.samples.restclient.Wire.Person;

/**
 * One plan cycle of a new consultation framework, driven over Kafo's API: a commune and its parties
 * are registered, the framework is proposed, refused establishment without the council's
 * deliberation (EST-1), joined by its members and established; the professionals record their needs;
 * the first meeting is convened, attended and held; it adopts a three-month action plan and installs
 * the monitoring committee. Each step prints the rules' verdicts in the chosen language.
 *
 * <p>The names carry a mark drawn at random, so that the cycle can run again on the same server.
 */
public final class OneCycle {

    static final String IRRIGATION = "small-scale-irrigation";
    static final String GARDENING = "market-gardening";

    /** One step: what was asked, whether the server accepted it, and the verdicts it gave. */
    public record Step(String name, int status, boolean accepted, List<Wire.Verdict> verdicts) {

        public List<String> ruleIds() {
            return verdicts.stream().map(Wire.Verdict::ruleId).toList();
        }
    }

    /**
     * What the cycle left on the server.
     *
     * @param frameworkStatus the framework's status when it was established ({@code ESTABLISHED})
     * @param planCycle       the cycle of the plan adopted (1)
     * @param actions         the plan's actions
     */
    public record Outcome(UUID framework, String frameworkStatus, UUID plan, int planCycle, int actions,
            UUID committee, List<Step> steps) {

        public Outcome {
            steps = List.copyOf(steps);
        }
    }

    private final KafoApi api;
    private final PrintStream out;
    private final String mark = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private final List<Step> steps = new ArrayList<>();

    private OneCycle(KafoApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /**
     * Drives the cycle against the server at {@code server} ({@code http://127.0.0.1:8080}), printing
     * each step and its verdicts to {@code out} in {@code language} (French or English).
     *
     * @throws IllegalStateException if the server refuses a step that should be accepted
     * @throws java.io.UncheckedIOException if the server does not answer
     */
    public static Outcome run(URI server, Locale language, PrintStream out) {
        try (KafoApi api = new KafoApi(server, language)) {
            return new OneCycle(api, out).run();
        }
    }

    private Outcome run() {
        LocalDate registered = LocalDate.of(2008, 1, 15);
        UUID region = accept("Register the region", "regions", new Wire.RegionRequest("R" + mark, "Région " + mark));
        UUID cercle = accept("Register the cercle", "cercles", new Wire.CercleRequest("C" + mark, "Cercle " + mark, region));
        UUID commune = accept("Register the commune", "communes",
                new Wire.CommuneRequest("K" + mark, "Commune " + mark, cercle, region));
        UUID mairie = organisation("Mairie de la commune " + mark, null, "MUNICIPALITY", commune, List.of(), registered);
        UUID cooperative = organisation("Coopérative des riziculteurs " + mark, "CR", "COOPERATIVE", commune,
                List.of(IRRIGATION), registered);
        UUID group = organisation("Groupement des femmes maraîchères " + mark, "GFM", "GROUP", commune,
                List.of(GARDENING), registered);
        UUID service = organisation("Service local du génie rural " + mark, "SLGR", "TECHNICAL_SERVICE", commune,
                List.of(IRRIGATION, GARDENING), registered);

        UUID framework = accept("Propose the framework", "frameworks", new Wire.ProposeRequest(commune,
                "Cadre de concertation " + mark, List.of(IRRIGATION, GARDENING), LocalDate.of(2008, 2, 1)));
        String at = "frameworks/" + framework + "/";
        step("Establish without deliberation", at + "establishment",
                new Wire.EstablishRequest(null, LocalDate.of(2008, 3, 20)));
        LocalDate joined = LocalDate.of(2008, 3, 1);
        accept("Admit the municipality", at + "members", new Wire.AdmitRequest(mairie, List.of(),
                List.of(person("Maire", "MALE")), joined));
        accept("Admit the cooperative", at + "members", new Wire.AdmitRequest(cooperative, List.of(IRRIGATION),
                List.of(person("Président de la coopérative", "MALE")), joined));
        accept("Admit the women's group", at + "members", new Wire.AdmitRequest(group, List.of(GARDENING),
                List.of(person("Présidente du groupement", "FEMALE")), joined));
        accept("Admit the service", at + "members", new Wire.AdmitRequest(service, List.of(),
                List.of(person("Chef de service", "MALE")), joined));
        Wire.Answer established = step("Establish the framework", at + "establishment", new Wire.EstablishRequest(
                new Wire.Deliberation("2008-014/CR-" + mark, LocalDate.of(2008, 3, 15),
                        "Le conseil communal crée le cadre de concertation des filières irrigation et maraîchage."),
                LocalDate.of(2008, 3, 20))).orElseThrow();

        LocalDate identified = LocalDate.of(2008, 3, 25);
        UUID scheme = accept("Record a need", at + "needs", new Wire.NeedRequest(cooperative, IRRIGATION, "INVESTMENT",
                "Aménagement d'un périmètre irrigué villageois de 30 ha avec motopompe", Money.xof(18_000_000), identified));
        UUID marketDay = accept("Record a need", at + "needs", new Wire.NeedRequest(group, GARDENING,
                "BUSINESS_ENVIRONMENT_MEASURE", "Un jour de marché hebdomadaire pour les produits maraîchers", null,
                identified));

        LocalDate day = LocalDate.of(2008, 4, 10);
        UUID meeting = accept("Convene the meeting", at + "meetings", new Wire.ConveneRequest(day,
                "Salle de délibération de la mairie " + mark, mairie, LocalDate.of(2008, 3, 31)));
        accept("Record the attendance", "meetings/" + meeting + "/attendance", new Wire.AttendanceRequest(List.of(
                new Attendee(mairie, person("Maire", "MALE")),
                new Attendee(cooperative, person("Président de la coopérative", "MALE")),
                new Attendee(group, person("Présidente du groupement", "FEMALE")),
                new Attendee(group, new Person("Secrétaire du groupement", "FEMALE", true, "secrétaire")),
                new Attendee(service, person("Chef de service", "MALE"))), day));
        accept("Hold the meeting", "meetings/" + meeting + "/holding", new Wire.HoldRequest(day));

        Wire.Period quarter = new Wire.Period(day, day.plusMonths(3).minusDays(1));
        Wire.Answer plan = step("Adopt the action plan", at + "plans", new Wire.AdoptRequest(meeting, quarter, List.of(
                new ActionSpec("Aménagement du PIV de 30 ha", IRRIGATION, "INFRASTRUCTURE", mairie,
                        LocalDate.of(2008, 7, 1), Money.xof(18_000_000), List.of(
                                new Wire.Pledge(mairie, "CASH", Money.xof(16_500_000)),
                                new Wire.Pledge(cooperative, "IN_KIND", Money.xof(1_500_000))),
                        new Wire.Pdesc("PDESC 2006-2010, axe 2.3", null), List.of(scheme)),
                new ActionSpec("Jour de marché hebdomadaire des produits maraîchers", GARDENING,
                        "BUSINESS_ENVIRONMENT_MEASURE", mairie, LocalDate.of(2008, 5, 31), Money.xof(0), List.of(),
                        null, List.of(marketDay))), day)).orElseThrow();
        UUID committee = accept("Install the committee", at + "committee", new Wire.InstallRequest(meeting, List.of(
                new Wire.CommitteeMember(mairie, person("Secrétaire général de la mairie", "MALE")),
                new Wire.CommitteeMember(cooperative, person("Président de la coopérative", "MALE")),
                new Wire.CommitteeMember(group, person("Présidente du groupement", "FEMALE"))),
                "Suivi du plan d'action du deuxième trimestre 2008",
                List.of("Vérifier chaque mois l'avancement des actions", "Signaler les obstacles au cadre de concertation"),
                quarter, day));

        return new Outcome(framework, established.result().status(), plan.result().id(), plan.result().cycle(),
                plan.result().actions().size(), committee, steps);
    }

    private UUID organisation(String name, String acronym, String kind, UUID commune, List<String> sectors,
            LocalDate on) {
        return accept("Register " + kind.toLowerCase(Locale.ROOT).replace('_', ' '), "organisations",
                new Wire.OrganisationRequest(name, acronym, kind, commune, sectors,
                        kind.equals("COOPERATIVE") || kind.equals("GROUP") ? new Wire.MemberCount(84, 31, 20, on) : null,
                        on));
    }

    private static Person person(String role, String sex) {
        return new Person(role, sex, null, null);
    }

    private UUID accept(String name, String path, Object body) {
        return step(name, path, body).orElseThrow().result().id();
    }

    /** Sends one write, prints its outcome and verdicts, and keeps it as a step. */
    private KafoApi.Reply step(String name, String path, Object body) {
        KafoApi.Reply reply = api.post(path, body);
        List<Wire.Verdict> verdicts = reply.accepted() ? reply.answer().verdicts() : reply.problem().verdicts();
        steps.add(new Step(name, reply.status(), reply.accepted(), verdicts));
        out.printf("%-32s %d %s%n", name, reply.status(), reply.accepted() ? "accepted" : "refused");
        for (Wire.Verdict verdict : verdicts) {
            out.printf("    %s %s %s%n", verdict.severity(), verdict.ruleId(), verdict.message());
        }
        return reply;
    }
}
