package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.web.Layout;

import java.util.List;
import java.util.Optional;

/**
 * What the page of a part edited in forms (the check's questions, the scenario and its steps) shows besides the
 * part: its links, the YAML alternative ({@code file}), its errors and what was just done.
 */
public record ListPage(Layout layout, String slug, String part, String file, List<DraftCheck.FieldError> errors,
                       Optional<String> notice) {

    public String error(String field) {
        return DraftCheck.FieldError.on(errors, field);
    }

    public String href(String path) {
        return layout.href(Authoring.BASE + slug + part + path);
    }

    public String asYaml() {
        return layout.href(Authoring.BASE + slug + "/edit?file=" + file);
    }

    public String back() {
        return layout.href(Authoring.BASE + slug);
    }
}
