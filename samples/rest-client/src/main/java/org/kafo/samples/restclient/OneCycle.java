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
 * One plan cycle of a new consultation framework, driven over Kafo's API: the platform administrator
 * registers a commune and its parties and opens an account for the commune officer and for each
 * cooperative's representative, with their roles in the commune; each of them then signs in and does
 * their part. The commune officer proposes the framework, is refused its establishment without the
 * council's deliberation (EST-1), admits the members and establishes it; the representatives record
 * their organisations' needs; the officer convenes, records the attendance and holds the first
 * meeting, which adopts a three-month action plan and installs the monitoring committee. Each step
 * prints the rules' verdicts in the chosen language.
 *
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

    private final KafoApi admin;
    private final PrintStream out;
    private final String mark = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private final List<Step> steps = new ArrayList<>();

    private OneCycle(KafoApi admin, PrintStream out) {
        this.admin = admin;
        this.out = out;
    }

    /**
     * Drives the cycle against the server at {@code server} ({@code http://127.0.0.1:8080}), signed in
     * first as its administrator, printing each step and its verdicts to {@code out} in
     * {@code language} (French or English).
     *
     * @throws IllegalStateException if the server refuses a step that should be accepted
     * @throws java.io.UncheckedIOException if the server does not answer
     */
    public static Outcome run(URI server, String adminUser, String adminPassword, Locale language, PrintStream out) {
        try (KafoApi api = new KafoApi(server, language)) {
            return new OneCycle(api.signIn(adminUser, adminPassword), out).run();
        }
    }

    private Outcome run() {
        LocalDate registered = LocalDate.of(2008, 1, 15);
        UUID region = accept(admin, "Register the region", "regions", new Wire.RegionRequest("R" + mark, "Région " + mark));
        UUID cercle = accept(admin, "Register the cercle", "cercles", new Wire.CercleRequest("C" + mark, "Cercle " + mark, region));
        UUID commune = accept(admin, "Register the commune", "communes",
                new Wire.CommuneRequest("K" + mark, "Commune " + mark, cercle, region));
        UUID mairie = organisation("Mairie de la commune " + mark, null, "MUNICIPALITY", commune, List.of(), registered);
        UUID cooperative = organisation("Coopérative des riziculteurs " + mark, "CR", "COOPERATIVE", commune,
                List.of(IRRIGATION), registered);
        UUID group = organisation("Groupement des femmes maraîchères " + mark, "GFM", "GROUP", commune,
                List.of(GARDENING), registered);
        UUID service = organisation("Service local du génie rural " + mark, "SLGR", "TECHNICAL_SERVICE", commune,
                List.of(IRRIGATION, GARDENING), registered);

        KafoApi officer = account("mairie", "Mairie de la commune " + mark, "COMMUNE_OFFICER", commune, mairie);
        KafoApi rice = account("riziculteurs", "Coopérative des riziculteurs " + mark, "ORGANISATION_REPRESENTATIVE",
                commune, cooperative);
        KafoApi women = account("maraicheres", "Groupement des femmes maraîchères " + mark,
                "ORGANISATION_REPRESENTATIVE", commune, group);

        UUID framework = accept(officer, "Propose the framework", "frameworks", new Wire.ProposeRequest(commune,
                "Cadre de concertation " + mark, List.of(IRRIGATION, GARDENING), LocalDate.of(2008, 2, 1)));
        String at = "frameworks/" + framework + "/";
        step(officer, "Establish without deliberation", at + "establishment",
                new Wire.EstablishRequest(null, LocalDate.of(2008, 3, 20)));
        LocalDate joined = LocalDate.of(2008, 3, 1);
        accept(officer, "Admit the municipality", at + "members", new Wire.AdmitRequest(mairie, List.of(),
                List.of(person("Maire", "MALE")), joined));
        accept(officer, "Admit the cooperative", at + "members", new Wire.AdmitRequest(cooperative, List.of(IRRIGATION),
                List.of(person("Président de la coopérative", "MALE")), joined));
        accept(officer, "Admit the women's group", at + "members", new Wire.AdmitRequest(group, List.of(GARDENING),
                List.of(person("Présidente du groupement", "FEMALE")), joined));
        accept(officer, "Admit the service", at + "members", new Wire.AdmitRequest(service, List.of(),
                List.of(person("Chef de service", "MALE")), joined));
        Wire.Answer established = step(officer, "Establish the framework", at + "establishment", new Wire.EstablishRequest(
                new Wire.Deliberation("2008-014/CR-" + mark, LocalDate.of(2008, 3, 15),
                        "Le conseil communal crée le cadre de concertation des filières irrigation et maraîchage."),
                LocalDate.of(2008, 3, 20))).orElseThrow();

        LocalDate identified = LocalDate.of(2008, 3, 25);
        UUID scheme = accept(rice, "Record a need", at + "needs", new Wire.NeedRequest(cooperative, IRRIGATION, "INVESTMENT",
                "Aménagement d'un périmètre irrigué villageois de 30 ha avec motopompe", Money.xof(18_000_000), identified));
        UUID marketDay = accept(women, "Record a need", at + "needs", new Wire.NeedRequest(group, GARDENING,
                "BUSINESS_ENVIRONMENT_MEASURE", "Un jour de marché hebdomadaire pour les produits maraîchers", null,
                identified));

        LocalDate day = LocalDate.of(2008, 4, 10);
        UUID meeting = accept(officer, "Convene the meeting", at + "meetings", new Wire.ConveneRequest(day,
                "Salle de délibération de la mairie " + mark, mairie, LocalDate.of(2008, 3, 31)));
        accept(officer, "Record the attendance", "meetings/" + meeting + "/attendance", new Wire.AttendanceRequest(List.of(
                new Attendee(mairie, person("Maire", "MALE")),
                new Attendee(cooperative, person("Président de la coopérative", "MALE")),
                new Attendee(group, person("Présidente du groupement", "FEMALE")),
                new Attendee(group, new Person("Secrétaire du groupement", "FEMALE", true, "secrétaire")),
                new Attendee(service, person("Chef de service", "MALE"))), day));
        accept(officer, "Hold the meeting", "meetings/" + meeting + "/holding", new Wire.HoldRequest(day));

        Wire.Period quarter = new Wire.Period(day, day.plusMonths(3).minusDays(1));
        Wire.Answer plan = step(officer, "Adopt the action plan", at + "plans", new Wire.AdoptRequest(meeting, quarter, List.of(
                new ActionSpec("Aménagement du PIV de 30 ha", IRRIGATION, "INFRASTRUCTURE", mairie,
                        LocalDate.of(2008, 7, 1), Money.xof(18_000_000), List.of(
                                new Wire.Pledge(mairie, "CASH", Money.xof(16_500_000)),
                                new Wire.Pledge(cooperative, "IN_KIND", Money.xof(1_500_000))),
                        new Wire.Pdesc("PDESC 2006-2010, axe 2.3", null), List.of(scheme)),
                new ActionSpec("Jour de marché hebdomadaire des produits maraîchers", GARDENING,
                        "BUSINESS_ENVIRONMENT_MEASURE", mairie, LocalDate.of(2008, 5, 31), Money.xof(0), List.of(),
                        null, List.of(marketDay))), day)).orElseThrow();
        UUID committee = accept(officer, "Install the committee", at + "committee", new Wire.InstallRequest(meeting, List.of(
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
        return accept(admin, "Register " + kind.toLowerCase(Locale.ROOT).replace('_', ' '), "organisations",
                new Wire.OrganisationRequest(name, acronym, kind, commune, sectors,
                        kind.equals("COOPERATIVE") || kind.equals("GROUP") ? new Wire.MemberCount(84, 31, 20, on) : null,
                        on));
    }

    private static Person person(String role, String sex) {
        return new Person(role, sex, null, null);
    }

    /**
     * The administrator opens an account for a party's representative, with a password of its own
     * drawn at random and a role in the commune's frameworks; the representative signs in.
     */
    private KafoApi account(String name, String displayName, String role, UUID commune, UUID organisation) {
        String username = name + "." + mark;
        String password = randomPassword();
        admin.postExpecting2xx("users", new Wire.AccountRequest(username, displayName, password));
        admin.postExpecting2xx("users/" + username + "/grants", new Wire.GrantRequest(role, commune, organisation));
        out.printf("%-32s %s as %s%n", "Open an account", username, role);
        return admin.signIn(username, password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private UUID accept(KafoApi as, String name, String path, Object body) {
        return step(as, name, path, body).orElseThrow().result().id();
    }

    /** Sends one write as {@code as}, prints its outcome and verdicts, and keeps it as a step. */
    private KafoApi.Reply step(KafoApi as, String name, String path, Object body) {
        KafoApi.Reply reply = as.post(path, body);
        List<Wire.Verdict> verdicts = reply.accepted() ? reply.answer().verdicts() : reply.problem().verdicts();
        steps.add(new Step(name, reply.status(), reply.accepted(), verdicts));
        out.printf("%-32s %d %s%n", name, reply.status(), reply.accepted() ? "accepted" : "refused");
        for (Wire.Verdict verdict : verdicts) {
            out.printf("    %s %s %s%n", verdict.severity(), verdict.ruleId(), verdict.message());
        }
        return reply;
    }
}
