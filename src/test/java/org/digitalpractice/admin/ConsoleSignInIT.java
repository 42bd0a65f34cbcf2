package org.digitalpractice.admin;

import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's own sign-in, over HTTP: the setup token, passwords, the lockout, session expiry, sign-out, CSRF
 * on every form, and the cookies and headers that keep a console session to the console.
 */
class ConsoleSignInIT extends DeployedTool {

    static final String NOT_RIGHT = "The username or password is not right.";

    /** A new administrator, added by the first one, with a name of its own for this test. */
    static String newAdministrator(String prefix) {
        var username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var added = ConsoleUser.first().post("/admin/console/administrators/new", Map.of("username", username,
                "full-name", "Tess " + prefix, "password", ConsoleUser.PASSWORD, "confirmation", ConsoleUser.PASSWORD));
        assertEquals(303, added.statusCode(), added.body());
        return username;
    }

    static String path(java.net.http.HttpResponse<?> redirect) {
        return java.net.URI.create(LaunchClient.location(redirect)).getPath();
    }

    // ---- setup ----

    @Test
    void aSetupTokenMakesTheFirstAdministratorOnce() {
        // As on a first start: nobody can sign in, and the node has stored a setup token.
        update("delete from administrator_session");
        update("delete from administrator");
        var token = ConsoleUser.newSetupToken();
        var signIn = new LaunchClient().get(ToolUnderTest.toolUrl("/admin/sign-in"));
        assertTrue(signIn.body().contains("id=\"not-set-up\""), "the sign-in page points to the setup");

        var late = new LaunchClient();
        var lateForm = ConsoleUser.openSetup(late);
        var browser = new LaunchClient();
        var first = ConsoleUser.setUp(browser, token, ConsoleUser.FIRST, ConsoleUser.FIRST_NAME, ConsoleUser.PASSWORD);
        assertEquals(303, first.statusCode(), first.body());
        assertEquals("/admin/console", path(first));
        assertEquals(200, browser.get(ToolUnderTest.toolUrl("/admin/console")).statusCode(), "signed in at once");
        assertEquals(0, count("select count(*) from administrator_setup"), "every setup token is spent");

        // Someone who opened the setup page before, with the same token: too late.
        var again = ConsoleUser.sendSetup(late, lateForm, token, "it-second", "IT Second", ConsoleUser.PASSWORD);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("id=\"already-set-up\""));
        assertEquals(0, count("select count(*) from administrator where username = 'it-second'"));
        assertTrue(new LaunchClient().get(ToolUnderTest.toolUrl("/admin/setup")).body().contains("already-set-up"),
                "the setup page now only says so");
    }

    @Test
    void aWrongSetupTokenMakesNobody() {
        update("delete from administrator_session");
        update("delete from administrator");
        ConsoleUser.newSetupToken();
        try {
            var refused = ConsoleUser.setUp(new LaunchClient(), "not-the-token", "it-guess", "Guess",
                    ConsoleUser.PASSWORD);
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("The setup token is not right"), refused.body());
            assertEquals(0, count("select count(*) from administrator"));
        } finally {
            ConsoleUser.ensureFirstAdministrator();
        }
    }

    @Test
    void setupRefusesAWeakPasswordWithAFormError() {
        update("delete from administrator_session");
        update("delete from administrator");
        var token = ConsoleUser.newSetupToken();
        try {
            var refused = ConsoleUser.setUp(new LaunchClient(), token, "it-weak", "Weak", "password1234");
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("Password is too common"), refused.body());
            assertTrue(refused.body().contains("govuk-error-summary"));
            assertFalse(refused.body().contains("password1234"), "a password is never shown again");
            assertEquals(0, count("select count(*) from administrator"));
        } finally {
            ConsoleUser.ensureFirstAdministrator();
        }
    }

    // ---- signing in ----

    @Test
    void signsInWithTheRightPasswordIntoACookieForTheConsoleOnly() {
        ConsoleUser.ensureFirstAdministrator();
        var user = ConsoleUser.signedOut();
        var response = user.trySignIn(ConsoleUser.FIRST, ConsoleUser.PASSWORD);
        assertEquals(303, response.statusCode());
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dp_admin="))
                .findFirst().orElseThrow();
        for (var attribute : new String[]{"Path=/admin", "HttpOnly", "Secure", "SameSite=Strict"}) {
            assertTrue(cookie.contains(attribute), cookie + " has " + attribute);
        }
        var page = user.get("/admin/console");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ConsoleUser.FIRST_NAME));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'none'"), "nobody may frame the console");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        var someone = newAdministrator("wrong");
        var wrongPassword = ConsoleUser.signedOut().trySignIn(someone, "not the password at all");
        var nobody = ConsoleUser.signedOut().trySignIn("nobody-" + UUID.randomUUID(), "not the password at all");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, nobody.statusCode());
        assertTrue(wrongPassword.body().contains(NOT_RIGHT));
        assertTrue(nobody.body().contains(NOT_RIGHT));
        assertEquals(wrongPassword.body().replaceAll("value=\"[^\"]*\"", ""),
                nobody.body().replaceAll("value=\"[^\"]*\"", ""), "the pages differ only in what was typed");
        assertFalse(wrongPassword.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("dp_admin=")));
    }

    @Test
    void anAccountLocksAfterFiveFailuresInARowEvenForTheRightPassword() {
        var someone = newAdministrator("lock");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, ConsoleUser.signedOut().trySignIn(someone, "a wrong guess number " + i).statusCode());
        }
        assertEquals(1, count("select count(*) from administrator where username = ? and locked_until is not null",
                someone));
        var locked = ConsoleUser.signedOut().trySignIn(someone, ConsoleUser.PASSWORD);
        assertEquals(401, locked.statusCode(), "locked: the right password is refused too");
        assertTrue(locked.body().contains(NOT_RIGHT), "and the answer does not say the account is locked");
        assertTrue(locked.body().contains("an account is locked for 15 minutes"), "only the standing hint does");

        // Fifteen minutes later:
        update("update administrator set locked_until = ? where username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), someone);
        ConsoleUser.signIn(someone, ConsoleUser.PASSWORD);
    }

    @Test
    void anEmptyFormSaysWhatIsMissing() {
        var response = ConsoleUser.signedOut().trySignIn("", "");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Enter your username"));
        assertTrue(response.body().contains("Enter your password"));
    }

    @Test
    void theSignInFormNeedsItsOwnCsrfToken() {
        ConsoleUser.ensureFirstAdministrator();
        var browser = new LaunchClient();
        browser.get(ToolUnderTest.toolUrl("/admin/sign-in"));
        var forged = browser.post(ToolUnderTest.toolUrl("/admin/sign-in"), Map.of("csrf", "forged",
                "username", ConsoleUser.FIRST, "password", ConsoleUser.PASSWORD));
        assertEquals(403, forged.statusCode());
        assertFalse(forged.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("dp_admin=")));
    }

    // ---- sessions ----

    @Test
    void withoutASessionPagesLeadToTheSignInAndFormsDoNothing() {
        var stranger = ConsoleUser.signedOut();
        var page = stranger.get("/admin/console/registrations");
        assertEquals(303, page.statusCode());
        assertEquals("/admin/sign-in", path(page));
        var links = count("select count(*) from registration_link");
        var form = stranger.postAsIs("/admin/console/registrations/links", Map.of("csrf", "x"));
        assertEquals(401, form.statusCode());
        assertEquals(links, count("select count(*) from registration_link"));
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        var user = ConsoleUser.first();
        update("update administrator_session set last_seen_at = ? where administrator_ref = "
                        + "(select id from administrator where username = ?)",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(31))), ConsoleUser.FIRST);
        var page = user.get("/admin/console");
        assertEquals(303, page.statusCode());
        assertEquals("/admin/sign-in", path(page));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInEvenInUse() {
        var user = ConsoleUser.first();
        update("update administrator_session set created_at = ?, last_seen_at = ? where administrator_ref = "
                        + "(select id from administrator where username = ?)",
                Timestamp.from(Instant.now().minus(Duration.ofHours(12))), Timestamp.from(Instant.now()),
                ConsoleUser.FIRST);
        assertEquals(303, user.get("/admin/console").statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        var user = ConsoleUser.first();
        var out = user.post("/admin/sign-out");
        assertEquals(303, out.statusCode());
        assertEquals("/admin/sign-in", path(out));
        assertEquals(303, user.get("/admin/console").statusCode());
    }

    // ---- CSRF ----

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefusedAndDoesNothing() {
        var user = ConsoleUser.first();
        user.get("/admin/console/registrations");
        var links = count("select count(*) from registration_link");
        assertEquals(403, user.postAsIs("/admin/console/registrations/links", Map.of()).statusCode());
        assertEquals(403, user.postAsIs("/admin/console/registrations/links", Map.of("csrf", "forged")).statusCode());
        var other = ConsoleUser.first();
        other.get("/admin/console");
        assertEquals(200, other.post("/admin/console/registrations/links").statusCode(), "its own token works");
        assertEquals(links + 1, count("select count(*) from registration_link"));
    }

    // ---- administrators ----

    @Test
    void anAdministratorAddsAndRemovesAnother() {
        var first = ConsoleUser.first();
        var username = newAdministrator("gone");
        assertTrue(first.get("/admin/console/administrators").body().contains(username));
        var other = ConsoleUser.signIn(username, ConsoleUser.PASSWORD);
        var id = count("select id from administrator where username = ?", username);
        assertEquals(200, first.get("/admin/console/administrators/" + id + "/remove").statusCode());
        assertEquals(303, first.post("/admin/console/administrators/" + id + "/remove").statusCode());
        assertEquals(0, count("select count(*) from administrator where username = ?", username));
        assertEquals(303, other.get("/admin/console").statusCode(), "their session ended with them");
        assertTrue(first.get("/admin/console/audit").body().contains("Removed the administrator Tess gone ("
                + username + ")"));
    }

    @Test
    void nobodyRemovesThemselves() {
        var first = ConsoleUser.first();
        var me = count("select id from administrator where username = ?", ConsoleUser.FIRST);
        first.get("/admin/console/administrators/" + me + "/remove");
        var refused = first.post("/admin/console/administrators/" + me + "/remove");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("You cannot remove yourself"));
        assertEquals(1, count("select count(*) from administrator where id = ?", me));
    }

    @Test
    void aNewAdministratorNeedsAGoodPasswordAndAFreeUsername() {
        var first = ConsoleUser.first();
        first.get("/admin/console/administrators/new");
        var weak = first.post("/admin/console/administrators/new", Map.of("username", "it-short",
                "full-name", "Short", "password", "short", "confirmation", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("Password must be 12 characters or more"));
        var taken = first.post("/admin/console/administrators/new", Map.of("username", ConsoleUser.FIRST,
                "full-name", "Twin", "password", ConsoleUser.PASSWORD, "confirmation", ConsoleUser.PASSWORD));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("There is already an administrator with the username"));
        var tooLong = first.post("/admin/console/administrators/new", Map.of("username", "it-long",
                "full-name", "L".repeat(101), "password", ConsoleUser.PASSWORD, "confirmation", ConsoleUser.PASSWORD));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Full name must be 100 characters or fewer"));
        assertEquals(0, count("select count(*) from administrator where username in ('it-short', 'it-long')"));
    }

    @Test
    void theAuditLogRecordsSignInsAndFailuresUnderTheAccountsName() {
        var someone = newAdministrator("audit");
        ConsoleUser.signedOut().trySignIn(someone, "a wrong guess here");
        ConsoleUser.signIn(someone, ConsoleUser.PASSWORD);
        var log = ConsoleUser.first().get("/admin/console/audit").body();
        assertTrue(log.contains("Tess audit (" + someone + ")"));
        assertTrue(log.contains("Sign-in refused: the password was not right"));
        assertTrue(log.contains("Signed in to the console"));
        assertFalse(log.contains("a wrong guess here"), "never what was typed as a password");
    }
}
