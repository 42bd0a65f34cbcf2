package org.digitalpractice.catalogue.authoring.transfer;

/**
 * Why an uploaded zip was refused, with the HTTP status that fits (400 broken, 413 too big, 415 wrong type) and a
 * message that says what was wrong and what to do.
 */
public class ZipRejected extends RuntimeException {

    private final int status;

    ZipRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
