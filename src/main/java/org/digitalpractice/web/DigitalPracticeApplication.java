package org.digitalpractice.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every URL of the tool is a JAX-RS resource; static files are served by {@link StaticAssetResource}. */
@ApplicationPath("/")
public class DigitalPracticeApplication extends Application {
}
