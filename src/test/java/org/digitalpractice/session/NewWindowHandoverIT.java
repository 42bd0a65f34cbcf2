package org.digitalpractice.session;

import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.digitalpractice.testing.LaunchClient.field;
import static org.digitalpractice.testing.LaunchClient.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A launch whose iframe could keep no cookie, on a platform without storage (Moodle 4), continues in a new window
 * through a single-use code, and opens a session only when the person there confirms who they are.
 */
class NewWindowHandoverIT extends WithTestPlatform {

    /** A launch posted from an iframe that kept no cookie: the page it gets, with its handover code. */
    record Offer(String subject, String code) {
    }

    static Offer launchWithoutCookie() {
        var login = LaunchIT.login(Map.of());
        var subject = "it-handover-" + UUID.randomUUID();
        var iframe = new LaunchClient();
        var page = iframe.post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", platform.sign(platform.claims(login.nonce(), subject).build()), "state", login.state()));
        assertEquals(200, page.statusCode(), page.body());
        return new Offer(subject, field(page.body(), "code").orElseThrow(() -> new AssertionError("no code")));
    }

    /** The new window: a browser window of its own, where the tool's cookies are first-party. */
    static HttpResponse<String> open(LaunchClient window, String code) {
        return window.post(ToolUnderTest.toolUrl("/lti/handover"), Map.of("code", code));
    }

    static HttpResponse<String> confirm(LaunchClient window, String code, String confirmToken) {
        return window.post(ToolUnderTest.toolUrl("/lti/handover/confirm"), Map.of("code", code,
                "confirm", confirmToken));
    }

    static long awaiting(String subject) {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(*) from launch_session s join app_user u on "
                     + "u.id = s.user_ref where u.subject = ? and s.awaiting_handover = ?")) {
            query.setString(1, subject);
            query.setBoolean(2, true);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePersonConfirmsWhoTheyAreAndContinuesInTheNewWindow() {
        var offer = launchWithoutCookie();
        var window = new LaunchClient();
        var page = open(window, offer.code());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Is this you?"));
        assertTrue(page.body().contains("Tess Tester"), "the name the launch is for");
        var entered = confirm(window, offer.code(), field(page.body(), "confirm").orElseThrow());
        assertEquals(303, entered.statusCode(), entered.body());
        var home = window.get(location(entered));
        assertEquals(200, home.statusCode());
        assertEquals(0, awaiting(offer.subject()), "the session is open");
    }

    @Test
    void theConfirmationPageCannotBeFramed() {
        var page = open(new LaunchClient(), launchWithoutCookie().code());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'none'"));
    }

    @Test
    void aCodeWorksOnce() {
        var offer = launchWithoutCookie();
        var window = new LaunchClient();
        var token = field(open(window, offer.code()).body(), "confirm").orElseThrow();
        assertEquals(303, confirm(window, offer.code(), token).statusCode());
        assertEquals(410, confirm(window, offer.code(), token).statusCode(), "confirmed twice");
        assertEquals(410, open(new LaunchClient(), offer.code()).statusCode(), "opened again");
    }

    @Test
    void anExpiredCodeIsRefused() throws SQLException {
        var offer = launchWithoutCookie();
        try (var connection = ToolUnderTest.connect();
             var expire = connection.prepareStatement("update launch_handover set expires_at = ? where code_hash = ?")) {
            expire.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)));
            expire.setString(2, Hashes.sha256(offer.code()));
            assertEquals(1, expire.executeUpdate());
        }
        var page = open(new LaunchClient(), offer.code());
        assertEquals(410, page.statusCode());
        assertTrue(page.body().contains("open the activity again"));
        assertEquals(1, awaiting(offer.subject()), "nothing was opened");
    }

    @Test
    void aConfirmationMadeForAnotherLaunchsCodeIsRefused() {
        var mine = launchWithoutCookie();
        var theirs = launchWithoutCookie();
        var window = new LaunchClient();
        var myToken = field(open(window, mine.code()).body(), "confirm").orElseThrow();
        var swapped = confirm(window, theirs.code(), myToken);
        assertEquals(403, swapped.statusCode());
        assertEquals(1, awaiting(theirs.subject()), "the other launch stays unopened");
        var theirWindow = new LaunchClient();
        var theirToken = field(open(theirWindow, theirs.code()).body(), "confirm").orElseThrow();
        assertEquals(303, confirm(theirWindow, theirs.code(), theirToken).statusCode(), "its own code still works");
    }

    @Test
    void aConfirmationFromAnotherWindowIsRefused() {
        var offer = launchWithoutCookie();
        var token = field(open(new LaunchClient(), offer.code()).body(), "confirm").orElseThrow();
        var elsewhere = confirm(new LaunchClient(), offer.code(), token);
        assertEquals(403, elsewhere.statusCode(), "the window's cookie is missing");
        assertEquals(1, awaiting(offer.subject()));
    }

    @Test
    void aMadeUpCodeIsRefused() {
        assertEquals(410, open(new LaunchClient(), "not-a-code").statusCode());
    }

    @Test
    void theLaunchCannotBeReplayedOnceHandedOver() {
        var login = LaunchIT.login(Map.of());
        var token = platform.sign(platform.claims(login.nonce(), "it-handover-" + UUID.randomUUID()).build());
        var first = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch"), Map.of("id_token", token,
                "state", login.state()));
        assertEquals(200, first.statusCode());
        var replay = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch"), Map.of("id_token", token,
                "state", login.state()));
        assertEquals(400, replay.statusCode(), "state and nonce were used up in the iframe");
    }

    @Test
    void theNewWindowFallbackMustBePostedFromTheToolsOwnPage() {
        var login = LaunchIT.login(Map.of());
        var response = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch/new-window"), Map.of(
                "id_token", platform.sign(platform.claims(login.nonce(), "it-handover-x").build()),
                "state", login.state()), Map.of("Origin", "https://attacker.example"));
        assertEquals(403, response.statusCode());
    }
}
