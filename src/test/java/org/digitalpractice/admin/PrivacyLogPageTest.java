package org.digitalpractice.admin;

import org.digitalpractice.infrastructure.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivacyLogPageTest {

    @Test
    void noPageAskedForIsTheFirst() {
        assertEquals(1, PrivacyLogPage.pageNumber(null, 3));
        assertEquals(1, PrivacyLogPage.pageNumber(" ", 3));
    }

    @Test
    void aPageInRangeIsThatPage() {
        assertEquals(3, PrivacyLogPage.pageNumber("3", 3));
    }

    @Test
    void aPageThatIsNotAWholeNumberIsABadRequestThatSaysTheRange() {
        for (var page : new String[]{"two", "0", "-1", "1.5", "9999999999"}) {
            var refused = assertThrows(Problem.class, () -> PrivacyLogPage.pageNumber(page, 3), page);
            assertEquals(400, refused.status(), page);
            assertTrue(refused.detail().contains("from 1 to 3"), refused.detail());
        }
    }

    @Test
    void aPageAfterTheLastIsNotFound() {
        var refused = assertThrows(Problem.class, () -> PrivacyLogPage.pageNumber("4", 3));
        assertEquals(404, refused.status());
        assertTrue(refused.detail().contains("it has 3 pages"), refused.detail());
    }
}
