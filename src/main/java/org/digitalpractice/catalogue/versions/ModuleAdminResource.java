package org.digitalpractice.catalogue.versions;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;

/** Administration: load the modules folder again after deploying new content, without a restart. */
@AdministratorOnly
@Path("/admin/modules/reload")
public class ModuleAdminResource {

    @Inject
    ModuleLoader loader;

    @POST
    @Audited("Reloaded the training modules")
    @Produces(MediaType.APPLICATION_JSON)
    public String reload() {
        var outcome = loader.load();
        var versions = Json.createObjectBuilder();
        outcome.versions().forEach(versions::add);
        var problems = Json.createArrayBuilder();
        outcome.problems().forEach(p -> problems.add(p.getMessage()));
        return Json.createObjectBuilder().add("versions", versions).add("problems", problems).build().toString();
    }
}
