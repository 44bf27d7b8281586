package org.kafo.server.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sign-in throttle of one server, in its memory. Per account and per address, counted apart:
 * the first {@link Limits#freeFailures} failures cost nothing; each further one makes the next
 * attempt wait, {@link Limits#firstDelay} doubling up to {@link Limits#maxDelay}; the
 * {@link Limits#lockoutFailures}th locks out for {@link Limits#lockout}, after which counting starts
 * again. A count is forgotten {@link Limits#forgetAfter} after its last failure, and an account's
 * at its first successful sign-in; an address's only with time, so that an attacker who owns one
 * account cannot clear its address's count by signing in with it.
 *
 * <p>Each lockout is logged once at WARNING, beginning {@value #LOCKOUT}, with the account and the
 * address (never a password): the line an operator alerts on.
 *
 * <p>Memory is bounded: at most {@code maxEntries} accounts and as many addresses are remembered
 * (an attacker may send any number of made-up names from many addresses). A full table first
 * forgets what is over; then the entry left alone the longest. Successful sign-ins add nothing.
 */
public final class LocalSignInThrottle implements SignInThrottle {

    /** The stable beginning of the log line of a lockout. */
    public static final String LOCKOUT = "Sign-in lockout:";

    private static final Logger LOG = Logger.getLogger(LocalSignInThrottle.class.getName());

    /** The longest account name kept as sent; longer ones (never an account) are kept as their digest. */
    private static final int LONGEST_NAME = 100;

    /**
     * The numbers of one kind of key.
     *
     * @param freeFailures    failures that cost no wait
     * @param lockoutFailures the failure that locks out (greater than {@code freeFailures})
     * @param firstDelay      the wait after the first failure beyond the free ones, doubling after each further one
     * @param maxDelay        the longest wait short of a lockout
     * @param lockout         how long a lockout lasts
     * @param forgetAfter     how long after its last failure a count is forgotten
     */
    public record Limits(int freeFailures, int lockoutFailures, Duration firstDelay, Duration maxDelay, Duration lockout,
            Duration forgetAfter) {

        public Limits {
            if (freeFailures < 0 || lockoutFailures <= freeFailures) {
                throw new IllegalArgumentException("a lockout comes after the free failures: " + freeFailures + " free, lockout at "
                        + lockoutFailures);
            }
            if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || lockout.isNegative()
                    || forgetAfter.isNegative()) {
                throw new IllegalArgumentException("delays are positive, the first no longer than the longest");
            }
        }

        /** The wait after {@code failures} failures, short of a lockout. */
        Duration delayAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay;
            for (int i = 1; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** One account's or address's failures. */
    private static final class Failures {
        int count;
        Instant last;
        Instant notBefore;
        boolean locked;
    }

    private final Limits accountLimits;
    private final Limits addressLimits;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Failures> accounts;
    private final Map<String, Failures> addresses;

    public LocalSignInThrottle(Limits accountLimits, Limits addressLimits, int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the throttle remembers at least one entry, not " + maxEntries);
        }
        this.accountLimits = accountLimits;
        this.addressLimits = addressLimits;
        this.maxEntries = maxEntries;
        this.clock = clock;
        // access order: the eldest is the one left alone the longest
        this.accounts = new LinkedHashMap<>(16, 0.75f, true);
        this.addresses = new LinkedHashMap<>(16, 0.75f, true);
    }

    @Override
    public synchronized Duration attempt(String account, String address) {
        Duration wait = waiting(account, address);
        if (wait.isZero()) {
            Instant now = clock.instant();
            count(accounts, key(account), accountLimits, now);
            count(addresses, address, addressLimits, now);
        }
        return wait;
    }

    /** How long a sign-in as {@code account} from {@code address} would have to wait now, counting nothing. */
    synchronized Duration waiting(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = wait(accounts.get(key(account)), now);
        Duration forAddress = wait(addresses.get(address), now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    @Override
    public synchronized void failed(String account, String address) {
        Failures ofAccount = accounts.get(key(account));
        if (ofAccount != null && ofAccount.locked && ofAccount.count == accountLimits.lockoutFailures()) {
            LOG.log(Level.WARNING, "{0} account ''{1}'' locked for {2} s after {3} failed sign-ins, the last from {4}",
                    new Object[] {LOCKOUT, printable(account), Long.toString(accountLimits.lockout().toSeconds()),
                            Integer.toString(ofAccount.count), printable(address)});
        }
        Failures ofAddress = addresses.get(address);
        if (ofAddress != null && ofAddress.locked && ofAddress.count == addressLimits.lockoutFailures()) {
            LOG.log(Level.WARNING, "{0} address {1} locked for {2} s after {3} failed sign-ins, the last as account ''{4}''",
                    new Object[] {LOCKOUT, printable(address), Long.toString(addressLimits.lockout().toSeconds()),
                            Integer.toString(ofAddress.count), printable(account)});
        }
    }

    @Override
    public synchronized void succeeded(String account, String address) {
        accounts.remove(key(account));
        Failures ofAddress = addresses.get(address);
        if (ofAddress != null) {
            ofAddress.count--;
            if (ofAddress.count <= 0) {
                addresses.remove(address);
            } else {
                ofAddress.locked = false;
                ofAddress.notBefore = ofAddress.last.plus(addressLimits.delayAfter(ofAddress.count));
            }
        }
    }

    /** How many accounts and addresses are remembered now (for tests and health). */
    public synchronized int remembered() {
        return accounts.size() + addresses.size();
    }

    private static Duration wait(Failures failures, Instant now) {
        if (failures == null || !failures.notBefore.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.notBefore);
    }

    /** One more failure of {@code key}, and the wait it brings. */
    private Failures count(Map<String, Failures> table, String key, Limits limits, Instant now) {
        Failures failures = table.get(key);
        if (failures == null || over(failures, limits, now)) {
            if (failures == null && table.size() >= maxEntries) {
                makeRoom(table, limits, now);
            }
            failures = new Failures();
            table.put(key, failures);
        }
        failures.count++;
        failures.last = now;
        failures.locked = failures.count >= limits.lockoutFailures();
        failures.notBefore = now.plus(failures.locked ? limits.lockout() : limits.delayAfter(failures.count));
        return failures;
    }

    /** Whether a count is to be forgotten: its lockout is over, or its last failure long past and its wait too. */
    private static boolean over(Failures failures, Limits limits, Instant now) {
        if (failures.notBefore.isAfter(now)) {
            return false;
        }
        return failures.locked || !failures.last.plus(limits.forgetAfter()).isAfter(now);
    }

    private void makeRoom(Map<String, Failures> table, Limits limits, Instant now) {
        table.values().removeIf(f -> over(f, limits, now));
        Iterator<Failures> eldest = table.values().iterator();
        while (table.size() >= maxEntries && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    /** The account name as the table keeps it: as sent, or the digest of a name too long for any account. */
    private static String key(String account) {
        String name = account == null ? "" : account;
        return name.length() <= LONGEST_NAME ? name : "#" + PasswordHashes.digest(name);
    }

    /** A name or address as a log line may show it: no line breaks or other control characters, not too long. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), LONGEST_NAME + 3));
        text.codePoints().limit(LONGEST_NAME).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > LONGEST_NAME) {
            shown.append("...");
        }
        return shown.toString();
    }
}
