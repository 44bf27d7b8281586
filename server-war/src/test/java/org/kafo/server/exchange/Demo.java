package org.kafo.server.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.kafo.demo.PactMaliDataset;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.memory.InMemoryRepositories;
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
