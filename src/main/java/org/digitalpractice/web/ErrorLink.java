package org.digitalpractice.web;

/**
 * One row of a GOV.UK error summary ({@code web/error-summary.jte}): what is wrong, in words a person can act on,
 * and a link to the field it is about.
 */
public interface ErrorLink {

    String message();

    /** A fragment ({@code #field}) of the field the message is about. */
    String href();

    /** A row for a page whose one check needs no type of its own. */
    static ErrorLink to(String href, String message) {
        record Link(String message, String href) implements ErrorLink {
        }
        return new Link(message, href);
    }
}
