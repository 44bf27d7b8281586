package org.kafo.server.signin;

import static org.kafo.server.database.ServerTables.now;
import static org.kafo.server.database.ServerTables.text;
import static org.kafo.server.database.ServerTables.time;
import static org.kafo.server.database.ServerTables.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.server.access.Grant;
import org.kafo.server.access.Identity;
import org.kafo.server.access.Role;
import org.kafo.server.api.Page;
import org.kafo.server.database.ServerTables;

/**
 * The accounts, their grants and their sign-in tokens, in the server's own tables
 * ({@code db/server}), through the container's entity manager so that a change joins the
 * request's transaction. Writes must run inside one; each that changes what a token signs in (a
 * password, an account's status, a role, a token revoked) says so ({@link AccessChanged}).
 */
@ApplicationScoped
public class Accounts {

    /**
     * An account as stored.
     *
     * @param language the language chosen for the pages ({@code fr}, {@code en}), null if none yet
     */
    public record Account(String username, String displayName, String passwordHash, boolean administrator,
            OffsetDateTime createdAt, OffsetDateTime disabledAt, String language) {

        /** Whether it may sign in: the administrator has not disabled it. */
        public boolean enabled() {
            return disabledAt == null;
        }
    }

    /**
     * Whom a token signs in, and until when the token lasts.
     *
     * @param expiresAt when the token ends
     */
    public record TokenHolder(Identity identity, OffsetDateTime expiresAt) {
    }

    @PersistenceContext(unitName = KafoPersistence.CONTAINER_UNIT)
    EntityManager entityManager;

    @Inject
    Event<AccessChanged> changes;

    public Optional<Account> account(String username) {
        List<?> rows = query("SELECT username, display_name, password_hash, administrator, created_at, disabled_at, language FROM kafo_user"
                + " WHERE username = ?1", username).getResultList();
        return rows.stream().map(row -> account((Object[]) row)).findFirst();
    }

    /** One page of the accounts, by name. */
    public Page<Account> accounts(Page.Request paging) {
        long total = ((Number) query("SELECT COUNT(*) FROM kafo_user").getSingleResult()).longValue();
        List<?> rows = query("SELECT username, display_name, password_hash, administrator, created_at, disabled_at, language FROM kafo_user"
                + " ORDER BY username OFFSET ?1 ROWS FETCH NEXT ?2 ROWS ONLY", (long) paging.page() * paging.size(),
                paging.size()).getResultList();
        return new Page<>(rows.stream().map(row -> account((Object[]) row)).toList(), paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
    }

    public boolean anyAdministrator() {
        return ((Number) query("SELECT COUNT(*) FROM kafo_user WHERE administrator = ?1", true).getSingleResult())
                .longValue() > 0;
    }

    /** @throws ConflictException if the name is taken */
    public void create(String username, String displayName, String passwordHash, boolean administrator) {
        if (account(username).isPresent()) {
            throw new ConflictException("account.exists", "There is already an account named " + username);
        }
        query("INSERT INTO kafo_user (username, display_name, password_hash, administrator, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)", username, displayName, passwordHash, administrator, now())
                .executeUpdate();
    }

    public void changePassword(String username, String passwordHash) {
        query("UPDATE kafo_user SET password_hash = ?1 WHERE username = ?2", passwordHash, username).executeUpdate();
        // A new password ends every session opened with the old one.
        query("DELETE FROM kafo_token WHERE username = ?1", username).executeUpdate();
        changes.fire(AccessChanged.account(username));
    }

    /** Keeps the language the account chose for the pages. */
    public void chooseLanguage(String username, String language) {
        query("UPDATE kafo_user SET language = ?1 WHERE username = ?2", language, username).executeUpdate();
    }

    /**
     * Disables the account (at {@code when}) or, with null, enables it again. Disabling ends its
     * tokens: enabled again, it signs in afresh.
     */
    public void disable(String username, OffsetDateTime when) {
        query("UPDATE kafo_user SET disabled_at = ?1 WHERE username = ?2", when, username).executeUpdate();
        if (when != null) {
            query("DELETE FROM kafo_token WHERE username = ?1", username).executeUpdate();
        }
        changes.fire(AccessChanged.account(username));
    }

    public List<Grant> grants(String username) {
        List<?> rows = query("SELECT id, username, role, commune_id, framework_id, organisation_id, granted_by, granted_at"
                + " FROM kafo_grant WHERE username = ?1 ORDER BY granted_at, id", username).getResultList();
        return rows.stream().map(row -> grant((Object[]) row)).toList();
    }

    public void grant(Grant grant) {
        query("INSERT INTO kafo_grant (id, username, role, commune_id, framework_id, organisation_id, granted_by, granted_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", grant.id().toString(), grant.username(), grant.role().name(),
                grant.commune().toString(), text(grant.framework()), text(grant.organisation()), grant.grantedBy(),
                grant.grantedAt()).executeUpdate();
        changes.fire(AccessChanged.account(grant.username()));
    }

    /** Whether the account had that grant (it has not any more). */
    public boolean revoke(String username, UUID grant) {
        boolean revoked = query("DELETE FROM kafo_grant WHERE id = ?1 AND username = ?2", grant.toString(), username)
                .executeUpdate() > 0;
        changes.fire(AccessChanged.account(username));
        return revoked;
    }

    /** The account and its grants, if there is such an account and it is enabled. */
    public Optional<Identity> identity(String username) {
        return account(username).filter(Account::enabled).map(a -> new Identity(a.username(), a.displayName(), a.administrator(), grants(username)));
    }

    public void storeToken(String tokenHash, String username, OffsetDateTime expiresAt) {
        OffsetDateTime now = now();
        query("DELETE FROM kafo_token WHERE username = ?1 AND expires_at < ?2", username, now).executeUpdate();
        query("INSERT INTO kafo_token (token_hash, username, issued_at, expires_at) VALUES (?1, ?2, ?3, ?4)", tokenHash,
                username, now, expiresAt).executeUpdate();
    }

    /**
     * Whom a token signs in, in one query (the token, its account and the account's grants), while
     * the token has not expired and the account is enabled.
     */
    public Optional<TokenHolder> tokenHolder(String tokenHash) {
        List<?> rows = query("SELECT u.username, u.display_name, u.administrator, t.expires_at, g.id, g.role, g.commune_id,"
                + " g.framework_id, g.organisation_id, g.granted_by, g.granted_at"
                + " FROM kafo_token t JOIN kafo_user u ON u.username = t.username"
                + " LEFT JOIN kafo_grant g ON g.username = u.username"
                + " WHERE t.token_hash = ?1 AND t.expires_at > ?2 AND u.disabled_at IS NULL"
                + " ORDER BY g.granted_at, g.id", tokenHash, now()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = (Object[]) rows.get(0);
        List<Grant> grants = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[4] != null) {
                grants.add(grant(new Object[] {r[4], r[0], r[5], r[6], r[7], r[8], r[9], r[10]}));
            }
        }
        return Optional.of(new TokenHolder(new Identity((String) first[0], (String) first[1], Boolean.TRUE.equals(first[2]),
                grants), time(first[3])));
    }

    public void revokeToken(String tokenHash) {
        query("DELETE FROM kafo_token WHERE token_hash = ?1", tokenHash).executeUpdate();
        changes.fire(AccessChanged.token(tokenHash));
    }

    private Query query(String sql, Object... parameters) {
        return ServerTables.query(entityManager, sql, parameters);
    }

    private static Account account(Object[] row) {
        return new Account((String) row[0], (String) row[1], (String) row[2], Boolean.TRUE.equals(row[3]), time(row[4]),
                time(row[5]), row[6] == null ? null : ((String) row[6]).strip());
    }

    private static Grant grant(Object[] row) {
        return new Grant(uuid(row[0]), (String) row[1], Role.valueOf(((String) row[2]).strip()), uuid(row[3]),
                uuid(row[4]), uuid(row[5]), (String) row[6], time(row[7]));
    }
}
