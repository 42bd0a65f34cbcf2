package org.digitalpractice.catalogue;

import java.net.URI;
import java.util.Optional;

/** A source a module cites; lessons link to it as {@code #ref-<id>}. */
public record Reference(String id, String title, String publisher, URI url, Optional<Integer> year) {

    public String anchor() {
        return "ref-" + id;
    }
}
