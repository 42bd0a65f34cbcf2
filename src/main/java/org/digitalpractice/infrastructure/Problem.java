package org.digitalpractice.infrastructure;

import java.util.UUID;

/**
 * Something a person did or sent that the tool cannot accept. It carries the HTTP status, what went wrong in words
 * a person understands, and what they can do next. The web layer turns it into a GOV.UK-style error page.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String title;
    private final String nextStep;
    private final String correlationId = UUID.randomUUID().toString().substring(0, 8);

    public Problem(int status, String title, String detail, String nextStep) {
        super(detail);
        this.status = status;
        this.title = title;
        this.nextStep = nextStep;
    }

    public static Problem badRequest(String detail, String nextStep) {
        return new Problem(400, "There is a problem with this request", detail, nextStep);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "You do not have access to this page", detail,
                "If you think you should have access, ask your learning lead or trainer.");
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Page not found", detail,
                "Check the address, or go back to your learning platform and open Digital Practice again.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String nextStep() {
        return nextStep;
    }

    public String correlationId() {
        return correlationId;
    }
}
