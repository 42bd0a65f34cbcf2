package org.digitalpractice.privacy;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A request of the administration API that cannot be met, with the status and a message saying what to send
 * instead. The API answers JSON, so this never becomes the HTML error page a {@code Problem} does.
 */
public class Refused extends RuntimeException {

    private final int status;

    public Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public Response response() {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", getMessage()).build().toString())
                .build();
    }
}
