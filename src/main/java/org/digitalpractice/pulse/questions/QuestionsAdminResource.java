package org.digitalpractice.pulse.questions;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;

/** Administration: load the pulse's questions again after deploying new content, without a restart. */
@AdministratorOnly
@Path("/admin/pulse/reload")
public class QuestionsAdminResource {

    @Inject
    QuestionsLoader loader;

    @POST
    @Audited("Reloaded the practice pulse's questions")
    @Produces(MediaType.APPLICATION_JSON)
    public String reload() {
        var outcome = loader.load();
        var problems = Json.createArrayBuilder();
        outcome.problems().forEach(p -> problems.add(p.getMessage()));
        var json = Json.createObjectBuilder();
        outcome.version().ifPresentOrElse(v -> json.add("version", v), () -> json.addNull("version"));
        return json.add("problems", problems).build().toString();
    }
}
