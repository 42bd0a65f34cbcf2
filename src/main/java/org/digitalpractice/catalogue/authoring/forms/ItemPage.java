package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.web.Layout;

import java.util.List;

/**
 * What the form of one item of a list (a question of the check, a step of the scenario) shows besides the item: its
 * number in the address ("new" for one being added), where it posts, the list to go back to, and its errors.
 */
public record ItemPage(Layout layout, String slug, String list, String items, String number,
                       List<DraftCheck.FieldError> errors) {

    public String error(String field) {
        return DraftCheck.FieldError.on(errors, field);
    }

    public String action() {
        return layout.href(Authoring.BASE + slug + list + "/" + items + "/" + number);
    }

    public String back() {
        return layout.href(Authoring.BASE + slug + list);
    }

    public boolean isNew() {
        return "new".equals(number);
    }
}
