package org.digitalpractice.admin;

import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.DeployedTool;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An action of the console and its audit entry commit together or not at all. A failure is provoked in the
 * database itself, by a check constraint that refuses one row this test owns (portable SQL, on H2 and PostgreSQL),
 * and removed afterwards: first in the action's own write, then in the entry's.
 */
class AuditWithItsActionIT extends DeployedTool {

    static final String ADMIN = ConsoleUser.FIRST_NAME + " (" + ConsoleUser.FIRST + ")";

    static long entries(String action) {
        return count("select count(*) from audit_log where action = ? and actor = ?", action, ADMIN);
    }

    static int switchOff(ConsoleUser admin, long registration) {
        admin.get("/admin/console/registrations/" + registration + "/disable");
        return admin.post("/admin/console/registrations/" + registration + "/disable", Map.of("confirm", "yes"))
                .statusCode();
    }

    @Test
    void aSuccessfulActionCommitsWithItsEntry() {
        var council = ConsoleFixture.pending("audited");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations");
        assertEquals(303, admin.post("/admin/console/registrations/" + council.registration() + "/approve")
                .statusCode());
        assertEquals("ACTIVE", ConsoleIT.status(council.registration()));
        assertEquals(1, entries("Approved registration " + council.registration()));
    }

    @Test
    void anActionThatFailsLeavesNoEntryThatSaysItHappened() {
        var council = ConsoleFixture.pending("action-fails");
        var constraint = "it_refuse_switch_off_" + council.registration();
        update("alter table platform_registration add constraint " + constraint + " check (id <> "
                + council.registration() + " or status <> 'DISABLED')");
        try {
            assertEquals(500, switchOff(ConsoleUser.first(), council.registration()));
        } finally {
            update("alter table platform_registration drop constraint " + constraint);
        }
        assertEquals("PENDING", ConsoleIT.status(council.registration()));
        assertEquals(0, entries("Switched off registration " + council.registration()));
    }

    @Test
    void anEntryThatCannotBeWrittenUndoesItsAction() {
        var council = ConsoleFixture.pending("entry-fails");
        var action = "Switched off registration " + council.registration();
        var constraint = "it_refuse_entry_" + council.registration();
        update("alter table audit_log add constraint " + constraint + " check (action <> '" + action + "')");
        try {
            assertEquals(500, switchOff(ConsoleUser.first(), council.registration()));
        } finally {
            update("alter table audit_log drop constraint " + constraint);
        }
        assertEquals("PENDING", ConsoleIT.status(council.registration()), "the switch-off was rolled back");
        assertEquals(0, entries(action));
    }

    @Test
    void aRefusedActionIsRolledBackWithNoEntry() {
        var council = ConsoleFixture.pending("refused");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations/" + council.registration() + "/disable");
        assertEquals(400, admin.post("/admin/console/registrations/" + council.registration() + "/disable")
                .statusCode());
        assertEquals("PENDING", ConsoleIT.status(council.registration()));
        assertEquals(0, entries("Switched off registration " + council.registration()));
    }

    @Test
    void anAdministratorAddedIsRecordedByNameInTheSameCommit() {
        var username = "it-audited-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var admin = ConsoleUser.first();
        admin.get("/admin/console/administrators/new");
        assertEquals(303, admin.post("/admin/console/administrators/new", Map.of("username", username,
                "full-name", "Ada Audited", "password", ConsoleUser.PASSWORD, "confirmation", ConsoleUser.PASSWORD))
                .statusCode());
        assertEquals(1, entries("Added the administrator Ada Audited (" + username + ")"));
        update("delete from administrator where username = ?", username);
    }
}
