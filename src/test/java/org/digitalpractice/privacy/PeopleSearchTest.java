package org.digitalpractice.privacy;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleSearchTest {

    static Refused refused(String subject, String email, String deployment) {
        return assertThrows(Refused.class, () -> PeopleSearch.of(subject, email, deployment));
    }

    @Test
    void findsBySubjectOrEmailInEveryCouncilByDefault() {
        assertEquals(new PeopleSearch(Optional.of("user-1"), Optional.empty(), Optional.empty()),
                PeopleSearch.of("user-1", null, null));
        assertEquals(new PeopleSearch(Optional.empty(), Optional.of("lou@council.example"), Optional.empty()),
                PeopleSearch.of(null, " lou@council.example ", ""));
    }

    @Test
    void aDeploymentNarrowsTheSearchToOneCouncil() {
        assertEquals(Optional.of(150L), PeopleSearch.of("user-1", null, "150").deployment());
    }

    @Test
    void neitherSubjectNorEmailIsRefused() {
        var refused = refused(null, "  ", null);

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("?subject=") && refused.getMessage().contains("?email="),
                refused.getMessage());
    }

    @Test
    void aSubjectLongerThanAnyLtiSubIsRefused() {
        PeopleSearch.of("s".repeat(255), null, null);

        var refused = refused("s".repeat(256), null, null);

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("256") && refused.getMessage().contains("255"), refused.getMessage());
    }

    @Test
    void anEmailLongerThanAnyAddressIsRefused() {
        PeopleSearch.of(null, "e".repeat(242) + "@council.org", null);

        var refused = refused(null, "e".repeat(243) + "@council.org", null);

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("255") && refused.getMessage().contains("254"), refused.getMessage());
    }

    @Test
    void aDeploymentThatIsNotANumberIsRefused() {
        var refused = refused("user-1", null, "northmoor");

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("'northmoor'"), refused.getMessage());
    }
}
