package org.digitalpractice.admin;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.LaunchClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's page of the privacy log: for signed-in administrators only, newest first, 50 to a page. The rows
 * it seeds are its own (requested by a name of this run) and are deleted afterwards.
 */
class PrivacyLogPageIT extends DeployedTool {

    static void entry(String action, long deployment, String by, Instant at) {
        update("insert into privacy_log (id, happened_at, action, requested_by, deployment_ref) values (?, ?, ?, ?, ?)",
                InsightData.nextId(), Timestamp.from(at), action, by, deployment);
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        var page = ConsoleUser.signedOut().get("/admin/console/privacy-log");
        assertEquals(303, page.statusCode());
        assertEquals("/admin/sign-in", URI.create(LaunchClient.location(page)).getPath());
    }

    @Test
    void showsExportsAndErasuresNewestFirstWithTheirCouncilAndWhoAsked() {
        var council = ConsoleFixture.pending("privacy-log");
        var by = "it-dpo-" + InsightData.run();
        var now = Instant.now();
        entry("SUBJECT_ACCESS", council.deployment(), by, now.minusSeconds(60));
        entry("ERASURE", council.deployment(), by, now);
        try {
            var page = ConsoleUser.first().get("/admin/console/privacy-log");
            assertEquals(200, page.statusCode());
            var body = page.body();
            int erasure = body.indexOf("Erasure");
            int export = body.indexOf("Subject access export", erasure);
            assertTrue(erasure > 0 && export > erasure, "the erasure, newer, comes first");
            assertTrue(body.contains(council.council()), "the council by its name");
            assertTrue(body.contains(by));
            assertTrue(body.contains("govuk-service-navigation__active-fallback\">Privacy log<"),
                    "under the console's navigation, as the current section");
        } finally {
            update("delete from privacy_log where requested_by = ?", by);
        }
    }

    @Test
    void holdsFiftyEntriesToAPageWithLinksToTheOthers() {
        var council = ConsoleFixture.pending("privacy-pages");
        var by = "it-pages-" + InsightData.run();
        var now = Instant.now();
        for (int i = 0; i < 51; i++) {
            entry("SUBJECT_ACCESS", council.deployment(), by, now.plusMillis(i));
        }
        try {
            var admin = ConsoleUser.first();
            var first = admin.get("/admin/console/privacy-log").body();
            assertEquals(50, first.split(by, -1).length - 1, "the newest 50 on page 1");
            assertTrue(first.contains("href=\"/admin/console/privacy-log?page=2\""), "a link to the next page");
            long total = count("select count(*) from privacy_log");
            assertTrue(first.contains("Showing 1 to 50 of " + total + " entries"), first);
            var second = admin.get("/admin/console/privacy-log?page=2");
            assertEquals(200, second.statusCode());
            assertTrue(second.body().contains(by), "the 51st on page 2");
            assertTrue(second.body().contains("rel=\"prev\""));
        } finally {
            update("delete from privacy_log where requested_by = ?", by);
        }
    }

    @Test
    void aPageNumberThatIsNotANumberIsRefusedWithWhatToDo() {
        var page = ConsoleUser.first().get("/admin/console/privacy-log?page=two");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("must be a whole number from 1 to"), page.body());
    }

    @Test
    void aPageAfterTheLastIsNotFound() {
        var page = ConsoleUser.first().get("/admin/console/privacy-log?page=99999");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no page 99999 of the privacy log"), page.body());
    }
}
