package org.kafo.server.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kafo.server.access.Identity;

/**
 * Whose a sign-in token is, remembered for a while: the token's digest to the {@link Identity} it
 * signs in (the account and its grants), so that a signed-in request asks no database and takes
 * no lock (a concurrent map's read). Only tokens found valid are kept.
 *
 * <p>Bounded in time: an entry lasts {@code timeToLive} at most, never past its token's expiry.
 * Bounded in size: past {@code maxEntries}, the expired entries are dropped, and if that is not
 * enough, those that end first, down to nine tenths of the bound. Forgotten at once when what it says changes:
 * {@link #forget(String)} a token signed out, {@link #forgetAccount(String)} every token of an
 * account whose password, status or roles changed. A load from the database that began before a
 * change is not kept ({@link #stamp()}): what the database said before the change cannot come back.
 */
final class IdentityCache {

    private record Entry(Identity identity, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final int maxEntries;
    private final Duration timeToLive;
    private final Clock clock;

    /** A cache that keeps nothing when {@code maxEntries} is 0 or {@code timeToLive} is not positive. */
    IdentityCache(int maxEntries, Duration timeToLive, Clock clock) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must not be negative: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The identity a token's digest signs in, if it is remembered and its time is not over; else null. */
    Identity get(String digest) {
        Entry entry = entries.get(digest);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(digest, entry);
            return null;
        }
        return entry.identity();
    }

    /** Take it before reading the database, and hand it to {@link #put}: a change since then keeps the load out. */
    long stamp() {
        return changes.get();
    }

    /**
     * Remembers what the database said of a token (read after {@code stamp} was taken), until
     * {@code tokenExpires} at the latest, unless something changed since {@code stamp}.
     */
    void put(long stamp, String digest, Identity identity, Instant tokenExpires) {
        if (maxEntries == 0 || timeToLive.isNegative() || timeToLive.isZero()) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(timeToLive);
        if (tokenExpires.isBefore(until)) {
            until = tokenExpires;
        }
        if (!now.isBefore(until) || changes.get() != stamp) {
            return;
        }
        Entry entry = new Entry(identity, until);
        entries.put(digest, entry);
        // a change between the check above and the put: its clearing may have run before the put
        if (changes.get() != stamp) {
            entries.remove(digest, entry);
            return;
        }
        if (entries.size() > maxEntries) {
            trim(now);
        }
    }

    /** A token signed out or revoked. */
    void forget(String digest) {
        changes.incrementAndGet();
        entries.remove(digest);
    }

    /** An account's password, status or roles changed: every one of its tokens. */
    void forgetAccount(String username) {
        changes.incrementAndGet();
        entries.values().removeIf(entry -> entry.identity().username().equals(username));
    }

    int size() {
        return entries.size();
    }

    private void trim(Instant now) {
        entries.values().removeIf(entry -> !now.isBefore(entry.until()));
        if (entries.size() > maxEntries) {
            int excess = entries.size() - maxEntries * 9 / 10;
            entries.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().until())).limit(excess).toList()
                    .forEach(e -> entries.remove(e.getKey(), e.getValue()));
        }
    }
}
