package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.practice.PracticeKeys;
import org.digitalpractice.practice.PracticeOnly;

/** The practice platform's public key set, which the tool fetches as it would any platform's. */
@PracticeOnly
@Path("/practice/jwks.json")
public class PracticeJwksResource {

    @Inject
    PracticeKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return keys.publicKeys().toString(true);
    }
}
