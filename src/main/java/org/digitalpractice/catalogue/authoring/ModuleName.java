package org.digitalpractice.catalogue.authoring;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The short name of a council's module, made from its title: its address and its folder name in an export. A
 * trainer sees it but never types it.
 */
public final class ModuleName {

    /** Names of pages under /author/modules, which a module's name would hide. */
    public static final Set<String> RESERVED = Set.of("new", "import");
    static final int LONGEST = 60;

    private ModuleName() {
    }

    /**
     * Lower-case words of the title joined by hyphens ("Social media: our policy" is social-media-our-policy), cut at
     * a word, with -2, -3... added until no name in {@code taken} is the same.
     */
    public static String from(String title, Collection<String> taken) {
        var plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > LONGEST) {
            var cut = plain.lastIndexOf('-', LONGEST);
            plain = plain.substring(0, cut > 0 ? cut : LONGEST);
        }
        var base = plain.isEmpty() || RESERVED.contains(plain) ? "module" + (plain.isEmpty() ? "" : "-" + plain) : plain;
        var name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
