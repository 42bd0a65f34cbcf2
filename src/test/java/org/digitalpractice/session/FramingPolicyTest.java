package org.digitalpractice.session;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.Registrations;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The security headers, for a tool served over https and over plain http (tests and the try-it run). */
class FramingPolicyTest {

    static MultivaluedHashMap<String, Object> headersFor(String baseUrl) {
        var policy = new FramingPolicy();
        policy.settings = new Settings() {
            @Override
            public java.net.URI baseUrl() {
                return java.net.URI.create(baseUrl);
            }
        };
        policy.registrations = new Registrations() {
            @Override
            public Set<String> platformOrigins() {
                return Set.of("https://moodle.northmoor.example");
            }
        };
        policy.clock = Clock.systemUTC();
        var headers = new MultivaluedHashMap<String, Object>();
        var response = (jakarta.ws.rs.container.ContainerResponseContext) Proxy.newProxyInstance(
                FramingPolicyTest.class.getClassLoader(),
                new Class<?>[]{jakarta.ws.rs.container.ContainerResponseContext.class},
                (proxy, method, args) -> method.getName().equals("getHeaders") ? headers : null);
        var uri = (jakarta.ws.rs.core.UriInfo) Proxy.newProxyInstance(FramingPolicyTest.class.getClassLoader(),
                new Class<?>[]{jakarta.ws.rs.core.UriInfo.class}, (proxy, method, args) ->
                        method.getName().equals("getRequestUri") ? java.net.URI.create(baseUrl + "/learn") : null);
        var request = (jakarta.ws.rs.container.ContainerRequestContext) Proxy.newProxyInstance(
                FramingPolicyTest.class.getClassLoader(),
                new Class<?>[]{jakarta.ws.rs.container.ContainerRequestContext.class},
                (proxy, method, args) -> method.getName().equals("getUriInfo") ? uri : null);
        policy.filter(request, response);
        return headers;
    }

    @Test
    void overHttpsBrowsersAreToldNeverToUsePlainHttp() {
        assertEquals("max-age=31536000", headersFor("https://digitalpractice.council.example")
                .getFirst("Strict-Transport-Security"));
    }

    @Test
    void overPlainHttpNoStrictTransportHeaderIsSent() {
        assertNull(headersFor("http://localhost:8080").getFirst("Strict-Transport-Security"));
    }

    @Test
    void onlyRegisteredPlatformsMayFrameTheTool() {
        var csp = (String) headersFor("https://digitalpractice.council.example").getFirst("Content-Security-Policy");
        assertEquals(true, csp.endsWith("frame-ancestors 'self' https://digitalpractice.council.example "
                + "https://moodle.northmoor.example"), csp);
    }
}
