package org.digitalpractice.catalogue.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Viewer;

/** A trainer's change to one of their council's modules: the CSRF token and ownership are checked first. */
public record ModuleChange(Viewer viewer, CouncilModule module) {

    /** The one check every authoring form passes first, whichever page it posts to. */
    public static ModuleChange open(CurrentSession session, Drafts drafts, String slug,
                                    MultivaluedMap<String, String> form) {
        var viewer = session.viewer();
        session.checkCsrf(form.getFirst("csrf"));
        return new ModuleChange(viewer, drafts.locate(viewer, slug));
    }

    /** The draft to change; a library module must be copied first. */
    public ModuleDraft draft() {
        return module.editable();
    }
}
