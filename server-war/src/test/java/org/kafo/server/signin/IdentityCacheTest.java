package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.server.access.Grant;
import org.kafo.server.access.Identity;
import org.kafo.server.access.Role;

class IdentityCacheTest {

    private final MovingClock clock = new MovingClock();
    private final IdentityCache cache = new IdentityCache(100, Duration.ofSeconds(30), clock);

    @Test
    void a_token_found_valid_is_known_until_its_time_is_over() {
        cache.put(cache.stamp(), "digest-a", identity("amadou"), farAway());

        clock.pass(Duration.ofSeconds(29));
        assertThat(cache.get("digest-a")).isEqualTo(identity("amadou"));
        clock.pass(Duration.ofSeconds(1));
        assertThat(cache.get("digest-a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void never_past_the_tokens_own_expiry() {
        cache.put(cache.stamp(), "digest-a", identity("amadou"), clock.instant().plusSeconds(5));
        cache.put(cache.stamp(), "digest-b", identity("fatou"), clock.instant());

        assertThat(cache.get("digest-b")).isNull();
        clock.pass(Duration.ofSeconds(4));
        assertThat(cache.get("digest-a")).isEqualTo(identity("amadou"));
        clock.pass(Duration.ofSeconds(1));
        assertThat(cache.get("digest-a")).isNull();
    }

    @Test
    void an_unknown_token_is_not_known() {
        assertThat(cache.get("never-seen")).isNull();
    }

    @Test
    void a_token_signed_out_is_forgotten_at_once_and_only_it() {
        cache.put(cache.stamp(), "digest-a", identity("amadou"), farAway());
        cache.put(cache.stamp(), "digest-b", identity("amadou"), farAway());

        cache.forget("digest-a");

        assertThat(cache.get("digest-a")).isNull();
        assertThat(cache.get("digest-b")).isEqualTo(identity("amadou"));
    }

    @Test
    void a_change_to_an_account_forgets_every_one_of_its_tokens_and_no_other() {
        // a password changed, the account disabled or enabled, a role given or taken back: the same
        cache.put(cache.stamp(), "digest-a", identity("amadou"), farAway());
        cache.put(cache.stamp(), "digest-b", identity("amadou"), farAway());
        cache.put(cache.stamp(), "digest-c", identity("fatou"), farAway());

        cache.forgetAccount("amadou");

        assertThat(cache.get("digest-a")).isNull();
        assertThat(cache.get("digest-b")).isNull();
        assertThat(cache.get("digest-c")).isEqualTo(identity("fatou"));
    }

    @Test
    void what_was_read_before_a_change_is_not_kept() {
        // a request reads the account with its old grants; the grant is taken back before it puts them
        long stamp = cache.stamp();
        Identity before = identity("amadou");
        cache.forgetAccount("amadou");

        cache.put(stamp, "digest-a", before, farAway());

        assertThat(cache.get("digest-a")).isNull();
        cache.put(cache.stamp(), "digest-a", identity("amadou"), farAway());
        assertThat(cache.get("digest-a")).isNotNull();
    }

    @Test
    void a_revoked_token_read_before_its_revocation_is_not_kept() {
        long stamp = cache.stamp();
        cache.forget("digest-a");

        cache.put(stamp, "digest-a", identity("amadou"), farAway());

        assertThat(cache.get("digest-a")).isNull();
    }

    @Test
    void it_never_holds_more_than_its_bound_and_drops_what_ends_first() {
        IdentityCache small = new IdentityCache(10, Duration.ofSeconds(30), clock);
        for (int i = 0; i < 10; i++) {
            small.put(small.stamp(), "digest-" + i, identity("user" + i), farAway());
            clock.pass(Duration.ofMillis(10));
        }
        assertThat(small.size()).isEqualTo(10);

        for (int i = 10; i < 1_000; i++) {
            small.put(small.stamp(), "digest-" + i, identity("user" + i), farAway());
            assertThat(small.size()).isLessThanOrEqualTo(10);
            clock.pass(Duration.ofMillis(10));
        }

        assertThat(small.get("digest-0")).isNull();
        assertThat(small.get("digest-999")).isEqualTo(identity("user999"));
    }

    @Test
    void expired_entries_go_before_live_ones_when_it_is_full() {
        IdentityCache small = new IdentityCache(3, Duration.ofSeconds(30), clock);
        small.put(small.stamp(), "short", identity("amadou"), clock.instant().plusSeconds(1));
        small.put(small.stamp(), "long-1", identity("fatou"), farAway());
        small.put(small.stamp(), "long-2", identity("moussa"), farAway());
        clock.pass(Duration.ofSeconds(2));

        small.put(small.stamp(), "long-3", identity("awa"), farAway());

        assertThat(small.get("long-1")).isNotNull();
        assertThat(small.get("long-2")).isNotNull();
        assertThat(small.get("long-3")).isNotNull();
        assertThat(small.size()).isEqualTo(3);
    }

    @Test
    void with_no_room_or_no_time_it_keeps_nothing() {
        IdentityCache none = new IdentityCache(0, Duration.ofSeconds(30), clock);
        IdentityCache instant = new IdentityCache(100, Duration.ZERO, clock);

        none.put(none.stamp(), "digest-a", identity("amadou"), farAway());
        instant.put(instant.stamp(), "digest-a", identity("amadou"), farAway());

        assertThat(none.get("digest-a")).isNull();
        assertThat(instant.get("digest-a")).isNull();
    }

    private Instant farAway() {
        return clock.instant().plus(Duration.ofHours(8));
    }

    private static Identity identity(String username) {
        UUID commune = UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Identity(username, username.toUpperCase(java.util.Locale.ROOT), false, List.of(new Grant(commune,
                username, Role.PARTNER_OBSERVER, commune, null, null, "admin", OffsetDateTime.parse("2026-01-01T00:00:00Z"))));
    }
}
