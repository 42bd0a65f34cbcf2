package org.digitalpractice.admin;

import org.digitalpractice.infrastructure.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogPagesTest {

    static LogPages pages(String page, long total) {
        return LogPages.of("audit log", "/admin/console/audit", page, total, 50);
    }

    @Test
    void noPageAskedForIsTheFirst() {
        assertEquals(1, pages(null, 120).page());
        assertEquals(1, pages(" ", 120).page());
    }

    @Test
    void aPageInRangeIsThatPageWithItsEntriesAndLinks() {
        var third = pages("3", 120);
        assertEquals(3, third.page());
        assertEquals(3, third.pages());
        assertEquals(101, third.first());
        assertEquals(120, third.last());
        assertEquals("/admin/console/audit?page=2", third.href(2));
        assertEquals("Audit log (page 3 of 3)", third.title("Audit log"));
    }

    @Test
    void anEmptyLogHasOnePageShowingNothing() {
        var empty = pages(null, 0);
        assertEquals(1, empty.pages());
        assertEquals(0, empty.first());
        assertEquals(0, empty.last());
        assertEquals("Audit log", empty.title("Audit log"));
    }

    @Test
    void aPageThatIsNotAWholeNumberIsABadRequestThatSaysTheRange() {
        for (var page : new String[]{"two", "0", "-1", "1.5", "9999999999"}) {
            var refused = assertThrows(Problem.class, () -> pages(page, 120), page);
            assertEquals(400, refused.status(), page);
            assertTrue(refused.detail().contains("The page of the audit log must be a whole number from 1 to 3"),
                    refused.detail());
        }
    }

    @Test
    void aPageAfterTheLastIsNotFound() {
        var refused = assertThrows(Problem.class, () -> pages("4", 120));
        assertEquals(404, refused.status());
        assertTrue(refused.detail().contains("There is no page 4 of the audit log: it has 3 pages"), refused.detail());
    }
}
