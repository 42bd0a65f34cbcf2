package org.digitalpractice.catalogue;

import java.net.URI;
import java.util.Optional;

/**
 * A source a module cites; lessons link to it as {@code #ref-<id>}. {@code checked}: when someone last read it to
 * confirm what the module says it says.
 */
public record Reference(String id, String title, String publisher, URI url, Optional<Integer> year,
                        Optional<java.time.LocalDate> checked) {

    public String anchor() {
        return "ref-" + id;
    }
}
