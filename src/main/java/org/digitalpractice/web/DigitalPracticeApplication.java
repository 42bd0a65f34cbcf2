package org.digitalpractice.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** Every URL of the tool is a JAX-RS resource; static files are served by {@link StaticAssetResource}. */
@ApplicationPath("/")
public class DigitalPracticeApplication extends Application {

    /** Resources are still found by scanning; this only adds Jersey's multipart support, for module uploads. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
