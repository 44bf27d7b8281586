package org.kafo.server.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.territory.Commune;
import org.kafo.server.access.Grant;
import org.kafo.server.access.Role;
import org.kafo.server.database.ServerTables;
import org.kafo.server.signin.Accounts;
import org.kafo.server.signin.PasswordHashes;
import org.kafo.server.signin.Passwords;
import org.kafo.server.wiring.ContainerTransactions;

/**
 * The accounts a fresh server needs. The first administrator, at the first start, from
 * {@code kafo.admin.username} (default {@code admin}) and {@code kafo.admin.password}
 * ({@code KAFO_ADMIN_PASSWORD}); with no password configured, a random one. With the demonstration
 * data, one account per role in Dioro's framework and a commune officer of Markala, with the password
 * {@code kafo.demo.password} ({@code KAFO_DEMO_PASSWORD}) or random ones. There is no default
 * password: random passwords are written once to {@code initial-credentials.txt} in
 * {@code kafo.data.dir}, readable by its owner only, and the log says where.
 */
@ApplicationScoped
public class InitialAccounts {

    /** The demonstration accounts: name, display name, role, where, and for which party (by category, name part). */
    record DemoAccount(String username, String displayName, Role role, String commune, boolean communeWide,
            PartyCategory category, String organisationNamePart) {
    }

    static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("dioro.mairie", "Oumar Traoré, secrétaire général de la mairie de Dioro", Role.COMMUNE_OFFICER, "Dioro", true,
                    PartyCategory.MUNICIPALITY, ""),
            new DemoAccount("dioro.riziculteurs", "Bakary Diarra, coopérative des riziculteurs de Dioro",
                    Role.ORGANISATION_REPRESENTATIVE, "Dioro", false, PartyCategory.PROFESSIONAL_ORGANISATION, "riziculteurs"),
            new DemoAccount("dioro.maraicheres", "Aminata Koné, groupement des femmes maraîchères de Dioro",
                    Role.ORGANISATION_REPRESENTATIVE, "Dioro", false, PartyCategory.PROFESSIONAL_ORGANISATION, "maraîchères"),
            new DemoAccount("dioro.comite", "Seydou Dembélé, comité de suivi de Dioro", Role.COMMITTEE_MEMBER, "Dioro", false,
                    null, null),
            new DemoAccount("dioro.service", "Issa Sangaré, service technique à Dioro", Role.TECHNICAL_SERVICE, "Dioro", false,
                    PartyCategory.TECHNICAL_SERVICE, ""),
            new DemoAccount("dioro.partenaire", "Fatoumata Sidibé, partenaire observatrice à Dioro", Role.PARTNER_OBSERVER, "Dioro", false,
                    null, null),
            new DemoAccount("markala.mairie", "Adama Cissé, secrétaire général de la mairie de Markala", Role.COMMUNE_OFFICER, "Markala", true,
                    PartyCategory.MUNICIPALITY, ""));

    static final String CREDENTIALS_FILE = "initial-credentials.txt";

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Repositories repositories;

    @Inject
    ContainerTransactions transactions;

    @Inject
    @ConfigProperty(name = "kafo.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "kafo.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "kafo.demo.password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "kafo.data.dir")
    String dataDir;

    /** Creates the first administrator if there is none, and the demonstration accounts with the demonstration data. */
    public void ensure(boolean demoData) {
        List<String> generated = new ArrayList<>();
        transactions.inTransaction(() -> {
            if (!accounts.anyAdministrator()) {
                String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
                if (password == null) {
                    password = randomPassword();
                    generated.add(adminUsername + "\t" + password + "\tplatform administrator");
                }
                Passwords.requireStrong(password);
                accounts.create(adminUsername, "Platform administrator", passwords.hashes().hash(password.toCharArray()), true);
                LOG.info(() -> "Administrator account '" + adminUsername + "' created");
            }
            return null;
        });
        if (demoData) {
            transactions.inTransaction(() -> {
                demoAccounts(generated);
                return null;
            });
        }
        if (!generated.isEmpty()) {
            Path file = write(generated);
            LOG.warning(() -> "Passwords of " + generated.size() + " new account(s) written to " + file
                    + " (readable by you only): sign in, then change them with POST /api/me/password");
        }
    }

    private void demoAccounts(List<String> generated) {
        String shared = demoPassword.filter(p -> !p.isBlank()).orElse(null);
        if (shared != null) {
            Passwords.requireStrong(shared);
        }
        String sharedHash = shared == null ? null : passwords.hashes().hash(shared.toCharArray());
        for (DemoAccount demo : DEMO) {
            if (accounts.account(demo.username()).isPresent()) {
                continue;
            }
            Optional<Commune> commune = repositories.communes().findByName(demo.commune()).stream().findFirst();
            Optional<ConsultationFramework> framework = commune.flatMap(
                    c -> repositories.frameworks().findByCommune(c.id()).stream().findFirst());
            if (framework.isEmpty()) {
                LOG.warning(() -> "No framework for " + demo.commune() + " in the demonstration data: no account "
                        + demo.username());
                continue;
            }
            String hash = sharedHash;
            if (hash == null) {
                String password = randomPassword();
                generated.add(demo.username() + "\t" + password + "\t" + demo.role() + " in " + demo.commune());
                hash = passwords.hashes().hash(password.toCharArray());
            }
            accounts.create(demo.username(), demo.displayName(), hash, false);
            ConsultationFramework f = framework.get();
            UUID organisation = organisation(f, demo);
            accounts.grant(new Grant(UUID.randomUUID(), demo.username(), demo.role(), f.commune().value(),
                    demo.communeWide() ? null : f.id().value(), organisation, "demo-data",
                    ServerTables.now()));
        }
    }

    /** The party a demonstration account speaks for: the framework's member of that category and name. */
    private UUID organisation(ConsultationFramework framework, DemoAccount demo) {
        if (demo.category() == null) {
            return null;
        }
        return repositories.organisations().findAll(framework.memberships().stream()
                        .map(m -> m.organisation()).collect(java.util.stream.Collectors.toSet())).stream()
                .filter(o -> o.category() == demo.category())
                .filter(o -> o.name().contains(demo.organisationNamePart()))
                .map(Organisation::id).map(id -> id.value()).sorted().findFirst().orElse(null);
    }

    private Path write(List<String> lines) {
        try {
            Path dir = Path.of(dataDir);
            Files.createDirectories(dir);
            Path file = dir.resolve(CREDENTIALS_FILE);
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions apply
                }
            }
            List<String> content = new ArrayList<>();
            content.add("# Kafo: passwords of accounts created at start-up. Change them (POST /api/me/password), then delete this file.");
            content.addAll(lines);
            Files.write(file, content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial passwords in " + dataDir, e);
        }
    }

    private static String randomPassword() {
        return PasswordHashes.randomSecret(18);
    }
}
