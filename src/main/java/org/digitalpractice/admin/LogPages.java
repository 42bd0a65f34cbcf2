package org.digitalpractice.admin;

import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.infrastructure.Problem;

/**
 * Which page of one of the console's logs is shown (newest first, a fixed number to a page), and what its
 * pagination needs. A log grows for as long as the council keeps it, so no page shows all of it.
 */
public record LogPages(String log, String path, int page, int pages, long total, int pageSize) {

    /** A page number longer than this is not one a person typed or a link made. */
    static final int LONGEST_PAGE_NUMBER = 9;

    /** Page 1 when none is asked for; a clear 4xx for a page that is not a number or does not exist. */
    static LogPages of(String log, String path, String page, long total, int pageSize) {
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (page == null || page.isBlank()) {
            return new LogPages(log, path, 1, pages, total, pageSize);
        }
        int number;
        try {
            number = page.strip().length() > LONGEST_PAGE_NUMBER ? -1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1) {
            throw Problem.badRequest("The page of the " + log + " must be a whole number from 1 to " + pages + ".",
                    "Open the " + log + " from the console's navigation and use its page links.");
        }
        if (number > pages) {
            throw Console.notFound("There is no page " + number + " of the " + log + ": it has " + pages
                    + (pages == 1 ? " page." : " pages."));
        }
        return new LogPages(log, path, number, pages, total, pageSize);
    }

    /** The position of the first entry shown, counting from 1; 0 when the log is empty. */
    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
        return Math.min(total, (long) page * pageSize);
    }

    /** The page's title: the log's name, and which page when there are several. */
    public String title(String name) {
        return name + (pages > 1 ? " (page " + page + " of " + pages + ")" : "");
    }

    public String href(int number) {
        return path + "?page=" + number;
    }
}
