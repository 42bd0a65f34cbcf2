package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A change to one file of a council's draft ({@code check.yaml}, {@code scenario.yaml}) made through its structured
 * forms: opened by the authoring forms' one check (role, CSRF token, ownership, library modules copied first), and
 * saved only when the module reader accepts the whole draft with it.
 */
record PartEdit(CurrentSession session, Drafts drafts, ModuleChange change, ModuleFiles files, String path) {

    static PartEdit open(CurrentSession session, Drafts drafts, String slug, MultivaluedMap<String, String> form,
                         String path) {
        var change = ModuleChange.open(session, drafts, slug, form);
        return new PartEdit(session, drafts, change, drafts.files(change.draft()), path);
    }

    /** The file as a trainer's GET shows it in a form. */
    static String read(CurrentSession session, Drafts drafts, String slug, String path) {
        var viewer = session.viewer();
        return drafts.files(drafts.locate(viewer, slug).editable()).text(path, path);
    }

    String text() {
        return files.text(path, path);
    }

    /**
     * Saves the file's new YAML, or throws {@link DraftCheck.Invalid} with the problem on the field {@code toField}
     * names; after a save, back to {@code page} of the module saying what was {@code done}.
     */
    Response save(String yaml, Function<ModuleProblem, DraftCheck.FieldError> toField, String page, String done) {
        var slug = change.module().slug();
        DraftCheck.check(slug, Authoring.with(files, path, yaml), toField);
        drafts.save(change.viewer(), change.draft(), path, Optional.of(yaml));
        return Response.seeOther(session.redirect(Authoring.BASE + slug + page + "?done=" + done)).build();
    }

    /**
     * Saves the file without one item of its list ({@code what}, such as "Question 3"), or re-shows the list page
     * ({@code listPage} given the errors) saying why the reader refused it, on the list's {@code field}.
     */
    Response remove(String yamlWithout, String field, String what, String page,
                    Function<List<DraftCheck.FieldError>, String> listPage) {
        try {
            return save(yamlWithout, problem -> new DraftCheck.FieldError(field, what + " was not removed: "
                    + PlainWords.of(change.module().slug(), problem)), page, "removed");
        } catch (DraftCheck.Invalid invalid) {
            return Authoring.invalid(listPage.apply(invalid.errors()));
        }
    }
}
