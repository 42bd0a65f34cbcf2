package org.digitalpractice.admin;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in throttle over HTTP: failures from one client address, or from everyone in a minute, stop sign-ins for
 * a while, with 429 and Retry-After, the same answer whatever the name. The tests run with ceilings of 200 per
 * address and 400 a minute (pom.xml), so that every other test class, all from 127.0.0.1, stays well below them;
 * these tests reach them with rows of their own and delete every failure they leave.
 */
class SignInThrottleIT extends DeployedTool {

    /** As the test run sets DP_ADMIN_THROTTLE_ADDRESS_ATTEMPTS and DP_ADMIN_THROTTLE_PER_MINUTE. */
    static final int PER_ADDRESS = 200;
    static final int PER_MINUTE = 400;
    static final String SOMEWHERE_ELSE = "192.0.2.";

    @AfterEach
    void forgetTheFailuresProvoked() {
        update("delete from sign_in_failure");
    }

    /** The address the tool sees for these tests, learnt from a failure of their own. */
    static String ownAddress() {
        ConsoleUser.signedOut().trySignIn("it-nobody-" + UUID.randomUUID(), "not a password at all");
        try (var connection = ToolUnderTest.connect(); var query = connection
                .prepareStatement("select client_address from sign_in_failure order by failed_at desc, id desc")) {
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the failure was counted");
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Failures as if just made from this address, in one batch. */
    static void failures(int howMany, String address) {
        var now = Timestamp.from(Instant.now());
        try (var connection = ToolUnderTest.connect(); var insert = connection.prepareStatement(
                "insert into sign_in_failure (id, failed_at, client_address) values (?, ?, ?)")) {
            for (int i = 0; i < howMany; i++) {
                insert.setLong(1, InsightData.nextId());
                insert.setTimestamp(2, now);
                insert.setString(3, address);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertThrottled(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        var wait = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 15 * 60, "Retry-After " + wait);
        assertTrue(response.body().contains("Too many sign-ins have failed recently. Wait"), response.body());
        assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("dp_admin=")),
                "no session");
    }

    static String message(HttpResponse<String> page) {
        var found = java.util.regex.Pattern.compile("Too many sign-ins[^<]*").matcher(page.body());
        assertTrue(found.find(), page.body());
        return found.group();
    }

    @Test
    void anUnknownUsernameCountsAsAFailure() {
        ConsoleUser.ensureFirstAdministrator();
        long before = count("select count(*) from sign_in_failure");
        var refused = ConsoleUser.signedOut().trySignIn("it-unknown-" + UUID.randomUUID(), "window kettle ferry");
        assertEquals(401, refused.statusCode());
        assertEquals(before + 1, count("select count(*) from sign_in_failure"));
    }

    @Test
    void aWrongPasswordOfAnAccountCountsAsAFailure() {
        ConsoleUser.ensureFirstAdministrator();
        long before = count("select count(*) from sign_in_failure");
        assertEquals(401, ConsoleUser.signedOut().trySignIn(ConsoleUser.FIRST, "not the right one").statusCode());
        assertEquals(before + 1, count("select count(*) from sign_in_failure"));
        update("update administrator set failed_sign_ins = 0 where username = ?", ConsoleUser.FIRST);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedEvenTheRightPassword() {
        ConsoleUser.ensureFirstAdministrator();
        failures(PER_ADDRESS, ownAddress());
        assertThrottled(ConsoleUser.signedOut().trySignIn(ConsoleUser.FIRST, ConsoleUser.PASSWORD));
    }

    @Test
    void aThrottledAnswerIsTheSameWhetherTheNameHasAnAccountOrNot() {
        ConsoleUser.ensureFirstAdministrator();
        failures(PER_ADDRESS, ownAddress());
        var known = ConsoleUser.signedOut().trySignIn(ConsoleUser.FIRST, "a wrong password here");
        var unknown = ConsoleUser.signedOut().trySignIn("it-unknown-" + UUID.randomUUID(), "a wrong password here");
        assertThrottled(known);
        assertThrottled(unknown);
        assertEquals(message(known), message(unknown));
    }

    @Test
    void throttledSignInsAreNotCountedSoWaitingEndsTheThrottle() {
        ConsoleUser.ensureFirstAdministrator();
        failures(PER_ADDRESS, ownAddress());
        long before = count("select count(*) from sign_in_failure");
        assertThrottled(ConsoleUser.signedOut().trySignIn("it-unknown-" + UUID.randomUUID(), "guess number two"));
        assertEquals(before, count("select count(*) from sign_in_failure"));
        assertEquals(0, count("select count(*) from administrator where username = ? and failed_sign_ins > 0",
                ConsoleUser.FIRST), "nothing was checked");
    }

    @Test
    void tooManyFailuresFromEveryoneInAMinuteRefuseAnAddressWithNoneOfItsOwn() {
        ConsoleUser.ensureFirstAdministrator();
        for (int i = 0; i < PER_MINUTE / 100; i++) {
            failures(100, SOMEWHERE_ELSE + (i + 1));
        }
        assertThrottled(ConsoleUser.signedOut().trySignIn(ConsoleUser.FIRST, ConsoleUser.PASSWORD));
    }

    @Test
    void failuresOlderThanTheirWindowNoLongerCount() {
        ConsoleUser.ensureFirstAdministrator();
        var address = ownAddress();
        failures(PER_ADDRESS, address);
        update("update sign_in_failure set failed_at = ?", Timestamp.from(Instant.now().minusSeconds(16 * 60)));
        assertEquals(303, ConsoleUser.signedOut().trySignIn(ConsoleUser.FIRST, ConsoleUser.PASSWORD).statusCode());
    }
}
