package org.digitalpractice.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Clocks;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;

/**
 * A learner's own copy of everything the tool holds about them, linked from their CPD record. It takes no id: the
 * person is the one the session signed in. A plain download, so it works inside the platform's frame as the CPD
 * record's other downloads do.
 */
@Roles(ToolRole.LEARNER)
@Path("/learn/record/my-data")
public class MyDataResource {

    @Inject
    CurrentSession session;
    @Inject
    SubjectAccess subjectAccess;

    @GET
    @Produces(PeopleAdminResource.ZIP)
    public Response download() {
        var export = subjectAccess.forThemselves(session.viewer().person().id());
        var day = export.madeAt().atZone(Clocks.UK).toLocalDate();
        return Response.ok(export.zip(), PeopleAdminResource.ZIP)
                .header("Content-Disposition", "attachment; filename=\"digital-practice-my-data-" + day + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
