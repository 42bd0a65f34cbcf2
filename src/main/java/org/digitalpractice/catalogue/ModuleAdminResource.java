package org.digitalpractice.catalogue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.AdminAccess;

/** Administration: load the modules folder again after deploying new content, without a restart. */
@Path("/admin/modules/reload")
public class ModuleAdminResource {

    @Inject
    AdminAccess admin;
    @Inject
    ModuleLoader loader;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String reload(@HeaderParam("Authorization") String authorization) {
        admin.require(authorization);
        var outcome = loader.load();
        var versions = Json.createObjectBuilder();
        outcome.versions().forEach(versions::add);
        var problems = Json.createArrayBuilder();
        outcome.problems().forEach(p -> problems.add(p.getMessage()));
        return Json.createObjectBuilder().add("versions", versions).add("problems", problems).build().toString();
    }
}
