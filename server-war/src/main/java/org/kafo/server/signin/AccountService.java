package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.model.Repositories;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Require;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CommuneId;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Grant;
import org.kafo.server.access.Role;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.api.AccountRequests;
import org.kafo.server.api.AccountView;
import org.kafo.server.database.ServerTables;
import org.kafo.server.history.History;

/**
 * Accounts, roles and sign-in tokens: the administrator's work and the holder's own password.
 * Each change is one transaction, written in the history with the account it concerns: outside any
 * framework for an account created, its password set or changed, disabled or enabled (never the
 * password); in the history of the framework concerned for a role given or taken back, and for an
 * account disabled or enabled that holds roles there.
 */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile(
            "[a-z0-9][a-z0-9._-]{1," + (AccountRequests.USERNAME_LENGTH - 1) + "}");

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Repositories repositories;

    @Inject
    History history;

    @Inject
    @ConfigProperty(name = "kafo.auth.token-hours", defaultValue = "8")
    int tokenHours;

    /**
     * Creates an account, written in the history outside any framework (without its password).
     *
     * @throws ConflictException if the name is taken; InvariantViolationException if a field is invalid
     */
    @Transactional
    public AccountView create(AccountRequests.CreateAccount request, Caller caller) {
        String username = request.username() == null ? "" : request.username().strip();
        if (username.length() > AccountRequests.USERNAME_LENGTH || !USERNAME.matcher(username).matches()) {
            throw new InvariantViolationException("account.username.invalid",
                    "a user name is 2 to 100 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new InvariantViolationException("account.display-name.required", "displayName is required");
        }
        String displayName = Require.text(request.displayName(), "displayName",
                AccountRequests.DISPLAY_NAME_LENGTH);
        Passwords.requireStrong(request.password());
        accounts.create(username, displayName,
                passwords.hashes().hash(request.password().toCharArray()), Boolean.TRUE.equals(request.administrator()));
        history.appendAccount(caller, username, "account.created", List.of());
        return view(username);
    }

    /**
     * Gives a role. The framework's commune is the grant's; a commune alone covers all its frameworks.
     *
     * @throws AggregateNotFoundException if the account, commune, framework or organisation does not exist
     */
    @Transactional
    public AccountView.GrantView grant(String username, AccountRequests.GrantRole request, Caller caller) {
        account(username);
        Role role = role(request.role());
        UUID commune = request.commune();
        if (request.framework() != null) {
            ConsultationFramework framework = repositories.frameworks().get(new FrameworkId(request.framework()));
            if (commune != null && !commune.equals(framework.commune().value())) {
                throw new InvariantViolationException("grant.commune.mismatch", "the framework belongs to another commune");
            }
            commune = framework.commune().value();
        } else if (commune == null) {
            throw new InvariantViolationException("grant.scope.required", "name a framework, or a commune for all its frameworks");
        } else {
            repositories.communes().get(new CommuneId(commune));
        }
        if (request.organisation() != null) {
            repositories.organisations().get(new OrganisationId(request.organisation()));
        } else if (role == Role.ORGANISATION_REPRESENTATIVE) {
            throw new InvariantViolationException("grant.organisation.required",
                    "an organisation representative speaks for one organisation: name it");
        }
        Grant grant = new Grant(UUID.randomUUID(), username, role, commune, request.framework(), request.organisation(),
                caller.identity().username(), ServerTables.now());
        accounts.grant(grant);
        history.appendAccess(caller, grant, "access.granted");
        return view(grant);
    }

    /** @throws AggregateNotFoundException if the account has no such grant */
    @Transactional
    public void revoke(String username, UUID grantId, Caller caller) {
        Grant grant = accounts.grants(account(username).username()).stream().filter(g -> g.id().equals(grantId))
                .findFirst().orElseThrow(() -> new NotFoundException("grant", grantId));
        accounts.revoke(username, grantId);
        history.appendAccess(caller, grant, "access.revoked");
    }

    /** The administrator sets a new password; the account's tokens end; the history says so, not what it is. */
    @Transactional
    public void resetPassword(String username, AccountRequests.ChangePassword request, Caller caller) {
        account(username);
        Passwords.requireStrong(request == null ? null : request.password());
        accounts.changePassword(username, passwords.hashes().hash(request.password().toCharArray()));
        history.appendAccount(caller, username, "account.password-reset", List.of());
    }

    /** Holders change their own password, giving the current one (a wrong one: 401); the history says so. */
    @Transactional
    public void changeOwnPassword(String username, AccountRequests.ChangePassword request, Caller caller) {
        Accounts.Account account = account(username);
        if (request == null || request.current() == null
                || !passwords.hashes().verify(request.current().toCharArray(), account.passwordHash())) {
            throw new SignInRequiredException();
        }
        Passwords.requireStrong(request.password());
        accounts.changePassword(username, passwords.hashes().hash(request.password().toCharArray()));
        history.appendAccount(caller, username, "account.password-changed", List.of());
    }

    /**
     * The administrator disables an account: it cannot sign in any more, and its tokens stop working
     * at once; or enables it again. Written in the history outside any framework, and in that of each
     * framework where it holds a role.
     *
     * @throws ConflictException if administrators would disable themselves (nobody might be left to enable them)
     */
    @Transactional
    public AccountView disable(String username, boolean disabled, Caller caller) {
        Accounts.Account account = account(username);
        if (disabled && account.username().equals(caller.identity().username())) {
            throw new ConflictException("account.self", "Administrators do not disable their own account");
        }
        if (account.enabled() == disabled) {
            accounts.disable(username, disabled ? ServerTables.now() : null);
            history.appendAccount(caller, username, disabled ? "account.disabled" : "account.enabled",
                    accounts.grants(username));
        }
        return view(username);
    }

    /** A new sign-in token for the account, valid {@code kafo.auth.token-hours} hours (8 by default). */
    @Transactional
    public AccountRequests.Token issueToken(String username) {
        String token = PasswordHashes.randomSecret(32);
        OffsetDateTime expires = ServerTables.now().plus(Duration.ofHours(tokenHours));
        accounts.storeToken(PasswordHashes.digest(token), username, expires);
        return new AccountRequests.Token(token, "Bearer", expires, username);
    }

    @Transactional
    public void revokeToken(String digest) {
        accounts.revokeToken(digest);
    }

    /**
     * Keeps the language the account holder chose for the pages ({@code fr} or {@code en}): a
     * preference, not written in the history.
     */
    @Transactional
    public void chooseLanguage(String username, String language) {
        accounts.chooseLanguage(account(username).username(), language);
    }

    /** The language the account holder chose for the pages, if any. */
    public java.util.Optional<String> language(String username) {
        return accounts.account(username).map(Accounts.Account::language);
    }

    public AccountView view(String username) {
        Accounts.Account account = account(username);
        return new AccountView(account.username(), account.displayName(), account.administrator(), account.enabled(),
                account.createdAt(), account.language(),
                accounts.grants(username).stream().map(AccountService::view).toList());
    }

    public List<AccountView.GrantView> grants(String username) {
        return accounts.grants(account(username).username()).stream().map(AccountService::view).toList();
    }

    private Accounts.Account account(String username) {
        return accounts.account(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("account", username));
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvariantViolationException("grant.role.invalid", "role is one of " + List.of(Role.values()));
        }
    }

    static AccountView.GrantView view(Grant grant) {
        return new AccountView.GrantView(grant.id(), grant.role().name(), grant.commune(), grant.framework(),
                grant.organisation(), grant.grantedBy(), grant.grantedAt());
    }

    /** What a grant says, as the facts of its history entry. */}
