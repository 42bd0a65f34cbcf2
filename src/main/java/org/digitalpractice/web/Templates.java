package org.digitalpractice.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders the precompiled JTE templates (src/main/jte) to HTML. */
@ApplicationScoped
public class Templates {

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader());

    /** Renders a template whose single parameter is the given model. */
    public String render(String template, Object model) {
        var output = new StringOutput(8192);
        engine.render(template, model, output);
        return output.toString();
    }
}
