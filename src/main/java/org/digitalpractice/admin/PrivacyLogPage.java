package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.privacy.PrivacyLog;
import org.digitalpractice.privacy.PrivacyLogEntry;
import org.digitalpractice.web.Templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The privacy log, newest first, a page at a time: each subject access export and erasure, when, in which council
 * and by whom. Like the log, the page never says whose data it was.
 */
@SignedIn
@Path("/admin/console/privacy-log")
@Produces(MediaType.TEXT_HTML)
public class PrivacyLogPage {

    static final String SECTION = "privacy";
    static final int PAGE_SIZE = 50;

    @Inject
    Console console;
    @Inject
    PrivacyLog log;
    @Inject
    Registrations registrations;
    @Inject
    Templates templates;

    public record Row(PrivacyLogEntry entry, String council) {
        public String action() {
            return entry.action() == PrivacyLogEntry.Action.ERASURE ? "Erasure" : "Subject access export";
        }
    }

    public record LogView(ConsoleLayout layout, List<Row> rows, LogPages pages) {
    }

    @GET
    public String show(@QueryParam("page") String page) {
        var pages = LogPages.of("privacy log", "/admin/console/privacy-log", page, log.count(), PAGE_SIZE);
        var councils = new HashMap<Long, String>();
        registrations.deployments().forEach(d -> councils.put(d.id(), d.councilName()));
        var rows = log.page(pages.page(), PAGE_SIZE).stream().map(e -> new Row(e, council(councils, e))).toList();
        return templates.render("admin/privacy-log.jte", new LogView(
                console.layout(pages.title("Privacy log"), SECTION), rows, pages));
    }

    private static String council(Map<Long, String> councils, PrivacyLogEntry entry) {
        return councils.getOrDefault(entry.deploymentRef(), "Deployment " + entry.deploymentRef());
    }
}
