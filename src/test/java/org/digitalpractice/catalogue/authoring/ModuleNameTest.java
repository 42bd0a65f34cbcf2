package org.digitalpractice.catalogue.authoring;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleNameTest {

    @Test
    void theShortNameIsMadeFromTheTitlesWords() {
        assertEquals("social-media-our-policy", ModuleName.from("Social media: our policy", Set.of()));
        assertEquals("cafe-etiquette", ModuleName.from("Café étiquette!", Set.of()));
    }

    @Test
    void aNameInUseGetsANumber() {
        assertEquals("our-policy-3", ModuleName.from("Our policy", Set.of("our-policy", "our-policy-2")));
    }

    @Test
    void aLongTitleIsCutAtAWordAndAReservedOrEmptyNameIsNeverMade() {
        var name = ModuleName.from("word ".repeat(40), Set.of());
        assertTrue(name.length() <= 60 && name.endsWith("word"), name);
        assertEquals("module-new", ModuleName.from("New", Set.of()));
        assertEquals("module", ModuleName.from("!!!", Set.of()));
    }
}
