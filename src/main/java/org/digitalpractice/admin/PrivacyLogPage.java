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
import org.digitalpractice.infrastructure.Problem;
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
    /** A page number longer than this is not one a person typed or a link made. */
    static final int LONGEST_PAGE_NUMBER = 9;

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

    public record LogView(ConsoleLayout layout, List<Row> rows, int page, int pages, long total, int pageSize) {
        public long first() {
            return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        }

        public long last() {
            return Math.min(total, (long) page * pageSize);
        }
    }

    @GET
    public String show(@QueryParam("page") String page) {
        var total = log.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = pageNumber(page, pages);
        var councils = new HashMap<Long, String>();
        registrations.deployments().forEach(d -> councils.put(d.id(), d.councilName()));
        var rows = log.page(number, PAGE_SIZE).stream().map(e -> new Row(e, council(councils, e))).toList();
        var title = "Privacy log" + (pages > 1 ? " (page " + number + " of " + pages + ")" : "");
        return templates.render("admin/privacy-log.jte", new LogView(console.layout(title, SECTION), rows, number,
                pages, total, PAGE_SIZE));
    }

    /** Page 1 when none is asked for; a clear 4xx for a page that is not a number or does not exist. */
    static int pageNumber(String page, int pages) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        int number;
        try {
            number = page.strip().length() > LONGEST_PAGE_NUMBER ? -1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1) {
            throw Problem.badRequest("The page of the privacy log must be a whole number from 1 to " + pages + ".",
                    "Open the privacy log from the console's navigation and use its page links.");
        }
        if (number > pages) {
            throw Console.notFound("There is no page " + number + " of the privacy log: it has " + pages
                    + (pages == 1 ? " page." : " pages."));
        }
        return number;
    }

    private static String council(Map<Long, String> councils, PrivacyLogEntry entry) {
        return councils.getOrDefault(entry.deploymentRef(), "Deployment " + entry.deploymentRef());
    }
}
