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
 * The console's page of the audit log: for signed-in administrators only, newest first, 50 to a page, since the
 * log grows for as long as the council keeps it. The rows it seeds are its own (by an actor of this run) and are
 * deleted afterwards.
 */
class AuditPageIT extends DeployedTool {

    static void entry(String actor, String action, Instant at) {
        update("insert into audit_log (id, happened_at, actor, action) values (?, ?, ?, ?)",
                InsightData.nextId(), Timestamp.from(at), actor, action);
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        var page = ConsoleUser.signedOut().get("/admin/console/audit?page=2");
        assertEquals(303, page.statusCode());
        assertEquals("/admin/sign-in", URI.create(LaunchClient.location(page)).getPath());
    }

    @Test
    void holdsFiftyEntriesToAPageWithLinksToTheOthers() {
        var actor = "it-audit-pages-" + InsightData.run();
        // An hour ahead, so that signing in (itself an entry) does not push one of them to page 2.
        var now = Instant.now().plusSeconds(3600);
        for (int i = 0; i < 51; i++) {
            entry(actor, "Action " + i + " of the paging test", now.plusMillis(i));
        }
        try {
            var admin = ConsoleUser.first();
            var first = admin.get("/admin/console/audit");
            assertEquals(200, first.statusCode());
            assertEquals(50, first.body().split(actor, -1).length - 1, "the newest 50 on page 1");
            assertTrue(first.body().contains("Action 50 of the paging test"), "the newest first");
            assertTrue(first.body().contains("href=\"/admin/console/audit?page=2\""), "a link to the next page");
            long total = count("select count(*) from audit_log");
            assertTrue(first.body().contains("Showing 1 to 50 of " + total + " entries"), first.body());
            var second = admin.get("/admin/console/audit?page=2");
            assertEquals(200, second.statusCode());
            assertTrue(second.body().contains("Action 0 of the paging test"), "the oldest of them on page 2");
            assertTrue(second.body().contains("rel=\"prev\""));
            assertTrue(second.body().contains("<title>Audit log (page 2 of"), "the title says which page");
        } finally {
            update("delete from audit_log where actor = ?", actor);
        }
    }

    @Test
    void aPageNumberThatIsNotANumberIsRefusedWithWhatToDo() {
        var page = ConsoleUser.first().get("/admin/console/audit?page=two");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("The page of the audit log must be a whole number from 1 to"), page.body());
        assertTrue(page.body().contains("use its page links"), page.body());
    }

    @Test
    void aPageAfterTheLastIsNotFound() {
        var page = ConsoleUser.first().get("/admin/console/audit?page=99999");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no page 99999 of the audit log"), page.body());
    }
}
