package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's numbers, on a clock the test moves (nothing sleeps). */
class LocalSignInThrottleTest {

    private static final String ADDRESS = "192.0.2.7";

    /** The server's defaults: 3 free, 1 s doubling up to 60 s, the 10th locks out 15 min; an address 20 and 100. */
    private static final LocalSignInThrottle.Limits ACCOUNT = new LocalSignInThrottle.Limits(3, 10, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final LocalSignInThrottle.Limits ADDRESS_LIMITS = new LocalSignInThrottle.Limits(20, 100,
            Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final MovingClock clock = new MovingClock();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private LocalSignInThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = new LocalSignInThrottle(ACCOUNT, ADDRESS_LIMITS, 1_000, clock);
        Logger.getLogger(LocalSignInThrottle.class.getName()).addHandler(handler);
    }

    @AfterEach
    void quiet() {
        Logger.getLogger(LocalSignInThrottle.class.getName()).removeHandler(handler);
    }

    /** A failed sign-in as the client would try it: let through or told to wait. */
    private Duration fail(String account, String address) {
        Duration wait = throttle.attempt(account, address);
        if (wait.isZero()) {
            throttle.failed(account, address);
        }
        return wait;
    }

    @Test
    void an_account_s_failures_wait_longer_and_longer_then_lock_it_out() {
        // given
        List<Duration> waits = new ArrayList<>();

        // when ten wrong passwords, each sent as soon as allowed
        for (int i = 0; i < 10; i++) {
            assertThat(fail("dioro.mairie", ADDRESS)).isZero();
            waits.add(throttle.waiting("dioro.mairie", ADDRESS));
            clock.pass(waits.get(i));
        }

        // then: 3 free, then 1, 2, 4, 8, 16, 32 s, and the 10th locks out for 15 minutes
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16),
                Duration.ofSeconds(32), Duration.ofMinutes(15));
    }

    @Test
    void an_attempt_that_must_wait_is_not_checked_or_counted_even_with_the_right_password() {
        // given an account that must wait
        for (int i = 0; i < 4; i++) {
            fail("dioro.mairie", ADDRESS);
        }
        Duration wait = throttle.waiting("dioro.mairie", ADDRESS);

        // when it tries again and again before then
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isEqualTo(wait);
        }

        // then the wait did not grow, and once over the right password clears the account
        clock.pass(wait);
        assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isZero();
        throttle.succeeded("dioro.mairie", ADDRESS);
        assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isZero();
        throttle.succeeded("dioro.mairie", ADDRESS);
        assertThat(fail("dioro.mairie", ADDRESS)).isZero();
        assertThat(throttle.waiting("dioro.mairie", ADDRESS)).isZero();
    }

    @Test
    void a_lockout_ends_after_its_time_and_counting_starts_again() {
        // given a locked account
        lockOut("dioro.mairie");
        assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.attempt("dioro.mairie", "198.51.100.1")).as("from anywhere").isEqualTo(Duration.ofMinutes(15));

        // when the time has passed
        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isEqualTo(Duration.ofMinutes(1));
        clock.pass(Duration.ofMinutes(1));

        // then the account has its three free attempts again
        assertThat(fail("dioro.mairie", ADDRESS)).isZero();
        assertThat(fail("dioro.mairie", ADDRESS)).isZero();
        assertThat(fail("dioro.mairie", ADDRESS)).isZero();
        assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isZero();
        throttle.failed("dioro.mairie", ADDRESS);
        assertThat(throttle.waiting("dioro.mairie", ADDRESS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void an_account_locked_out_allows_fewer_than_a_hundred_failures_an_hour() {
        // when someone tries as often as the throttle lets it, for one hour
        int failures = 0;
        Instant end = clock.instant().plus(Duration.ofHours(1));
        while (clock.instant().isBefore(end)) {
            Duration wait = fail("dioro.mairie", ADDRESS + failures % 200);
            if (wait.isZero()) {
                failures++;
            } else {
                clock.pass(wait);
            }
        }

        // then (OWASP ASVS 4.0 V2.2.1: no more than 100)
        assertThat(failures).isLessThanOrEqualTo(100).isGreaterThanOrEqualTo(10);
    }

    @Test
    void failures_are_forgotten_a_while_after_the_last() {
        // given three free failures
        for (int i = 0; i < 3; i++) {
            fail("dioro.mairie", ADDRESS);
        }

        // when the account is left alone for 15 minutes
        clock.pass(Duration.ofMinutes(15));

        // then the next three are free again
        for (int i = 0; i < 3; i++) {
            assertThat(fail("dioro.mairie", ADDRESS)).isZero();
        }
        assertThat(throttle.waiting("dioro.mairie", ADDRESS)).isZero();
    }

    @Test
    void an_unknown_account_is_throttled_exactly_as_an_existing_one() {
        // the throttle never asks whether an account exists: both are names as sent
        List<Duration> known = new ArrayList<>();
        List<Duration> unknown = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            known.add(fail("dioro.mairie", "192.0.2.1"));
            unknown.add(fail("nobody.at.all", "192.0.2.2"));
        }
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void one_address_trying_many_accounts_waits_then_is_locked_out_for_all_of_them() {
        // when an address fails once for each of 100 names, waiting whenever it must
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Duration wait;
            while (!(wait = fail("user" + i, ADDRESS)).isZero()) {
                waits.add(wait);
                clock.pass(wait);
            }
        }

        // then the first 20 were free, then 1 s doubling to a minute, and now even a right password must wait
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(waits.get(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits).contains(Duration.ofSeconds(60)).allMatch(w -> w.compareTo(Duration.ofSeconds(60)) <= 0);
        assertThat(waits).hasSize(100 - 1 - 20);
        assertThat(throttle.attempt("someone.else", ADDRESS)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.attempt("someone.else", "192.0.2.99")).isZero();
    }

    @Test
    void successful_sign_ins_cost_nothing_and_do_not_clear_an_address_s_failures() {
        // given an address that failed 20 times
        for (int i = 0; i < 20; i++) {
            fail("user" + i, ADDRESS);
        }

        // when many right passwords come from it
        for (int i = 0; i < 1_000; i++) {
            assertThat(throttle.attempt("dioro.mairie", ADDRESS)).isZero();
            throttle.succeeded("dioro.mairie", ADDRESS);
        }

        // then the next failure from it still waits; the successes left no trace
        assertThat(fail("intruder", ADDRESS)).isZero();
        assertThat(throttle.waiting("intruder", ADDRESS)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.remembered()).isEqualTo(20 + 1 + 1);
    }

    @Test
    void many_attempts_at_once_cannot_all_pass_before_the_first_fails() {
        // when 50 attempts arrive before any has been checked
        int letThrough = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.attempt("dioro.mairie", ADDRESS).isZero()) {
                letThrough++;
            }
        }

        // then only the free ones and the one that starts the wait are checked
        assertThat(letThrough).isEqualTo(4);
    }

    @Test
    void a_lockout_is_logged_once_at_warning_with_the_account_and_address_in_a_stable_wording() {
        // when
        lockOut("dioro.mairie\nforged line");
        fail("dioro.mairie\nforged line", ADDRESS);

        // then
        assertThat(logged).hasSize(1);
        LogRecord record = logged.get(0);
        assertThat(record.getLevel()).isEqualTo(Level.WARNING);
        String line = java.text.MessageFormat.format(record.getMessage(), record.getParameters());
        assertThat(line).isEqualTo("Sign-in lockout: account 'dioro.mairie?forged line' locked for 900 s after 10 failed"
                + " sign-ins, the last from 192.0.2.7");
    }

    @Test
    void made_up_names_and_addresses_cannot_fill_the_memory() {
        // given a small table
        throttle = new LocalSignInThrottle(ACCOUNT, ADDRESS_LIMITS, 100, clock);

        // when 200,000 made-up names fail from as many addresses
        for (int i = 0; i < 200_000; i++) {
            fail("made-up-" + i + "x".repeat(i % 300), "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        // then it remembers no more than its bound, and the latest
        assertThat(throttle.remembered()).isLessThanOrEqualTo(200);
        assertThat(fail("made-up-199999" + "x".repeat(199_999 % 300), "10.3.13.63")).isZero();
    }

    @Test
    void limits_must_lock_out_after_the_free_failures() {
        assertThatThrownBy(() -> new LocalSignInThrottle.Limits(10, 10, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMinutes(15), Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalSignInThrottle.Limits(3, 10, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
    }

    private void lockOut(String account) {
        for (int i = 0; i < 10; i++) {
            Duration wait;
            while (!(wait = fail(account, ADDRESS)).isZero()) {
                clock.pass(wait);
            }
        }
    }
}
