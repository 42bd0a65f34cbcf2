package org.digitalpractice.admin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CouncilNameTest {

    @Test
    void acceptsAName() {
        assertEquals(Optional.empty(), CouncilName.problem(" Northmoor County Council "));
    }

    @Test
    void refusesABlankName() {
        assertEquals(Optional.of("Enter the council's name"), CouncilName.problem("  "));
    }

    @Test
    void refusesANameOverTheLimit() {
        assertEquals(Optional.of("Council name must be 255 characters or fewer"), CouncilName.problem("N".repeat(256)));
    }

    @Test
    void refusesANameOnTwoLines() {
        assertEquals(Optional.of("Council name must be on one line, without control characters"),
                CouncilName.problem("Northmoor\nCouncil"));
    }
}
