package org.kafo.server.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.kafo.demo.PactMaliDataset;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.RuleBook;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/**
 * The demonstration data in memory, as the server writes it on its first start (two cycles, seed 42),
 * dated 3 December 2026: Dioro's second plan is in force and its third meeting convened. Played once
 * for the tests of this package, which only read it.
 */
final class Demo {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.UTC);
    static final RuleBook RULES = PactRules.book();
    static final InMemoryRepositories REPOSITORIES = new InMemoryRepositories();

    static {
        PactMaliDataset.load().playUntil(new ConsultationProcess(REPOSITORIES, RULES), 2, 42L, TODAY);
    }

    private Demo() {
    }

    /** Dioro's framework (commune 04060101). */
    static FrameworkId dioro() {
        return REPOSITORIES.frameworks()
                .findByCommune(REPOSITORIES.communes().findByCode("04060101").orElseThrow().id()).get(0).id();
    }

    static Dossier dioroDossier() {
        return Dossier.load(REPOSITORIES, dioro());
    }

    /**
     * A framework only proposed, in a commune and with a cooperative of the given names, on
     * repositories of its own: its cooperative is its one member (admitted 2 February 2026), and it
     * has no need, meeting or plan yet.
     */
    static Dossier proposed(String communeName, String cooperativeName, String frameworkName) {
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, RULES);
        Region region = process.registerRegion(new RegisterRegion("90", "Région <test>", Effective.ALWAYS)).orElseThrow();
        Cercle cercle = process.registerCercle(new RegisterCercle("9001", "Cercle & co", region.id(), Effective.ALWAYS))
                .orElseThrow();
        Commune commune = process.registerCommune(new RegisterCommune("90010101", communeName, List.of(),
                new Assignment(cercle.id(), region.id(), Effective.ALWAYS), null, null)).orElseThrow();
        Organisation cooperative = process.registerOrganisation(new RegisterOrganisation(cooperativeName, null,
                OrganisationKind.COOPERATIVE, commune.id(), Set.of(Sector.of("small-scale-irrigation")), null, null,
                LocalDate.of(2026, 1, 5))).orElseThrow();
        ConsultationFramework framework = process.propose(new ProposeFramework(commune.id(), frameworkName,
                List.of(Sector.of("small-scale-irrigation"), Sector.of("market-gardening")), LocalDate.of(2026, 2, 1)))
                .orElseThrow();
        process.admit(new AdmitMember(framework.id(), cooperative.id(), List.of(Sector.of("small-scale-irrigation")),
                List.of(Person.of("Aïssata Koné", Sex.FEMALE)), LocalDate.of(2026, 2, 2))).orElseThrow();
        return Dossier.load(repositories, framework.id());
    }

    /** Keeps a file for a person to look at, under {@code target/exchange/}. */
    static Path keep(String name, byte[] content) {
        try {
            Path file = Path.of("target", "exchange", name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
