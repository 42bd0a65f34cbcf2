package org.digitalpractice.catalogue.authoring;

import java.util.Set;

/** The short name of a council's module: its address and its folder name in an export. */
public final class ModuleName {

    /** Names of pages under /author/modules, which a module's name would hide. */
    public static final Set<String> RESERVED = Set.of("new", "import");

    private ModuleName() {
    }
}
