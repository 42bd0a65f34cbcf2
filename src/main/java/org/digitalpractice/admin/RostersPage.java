package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.insight.RosterRefreshes;
import org.digitalpractice.web.Templates;

import java.util.List;

/** When each course's roster was last fetched from its platform, and the courses whose latest fetch failed. */
@SignedIn
@Path("/admin/console/rosters")
@Produces(MediaType.TEXT_HTML)
public class RostersPage {

    @Inject
    Console console;
    @Inject
    RosterRefreshes refreshes;
    @Inject
    Templates templates;

    public record RostersView(ConsoleLayout layout, List<RosterRefreshes.Course> courses) {
        public List<RosterRefreshes.Course> failing() {
            return courses.stream().filter(c -> c.failure().isPresent()).toList();
        }
    }

    @GET
    public String show() {
        return templates.render("admin/rosters.jte", new RostersView(console.layout("Roster refreshes", "rosters"),
                refreshes.courses()));
    }
}
