package org.digitalpractice.catalogue.authoring;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.session.CurrentSession;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeMap;

/** What every authoring page shares: where a module's pages live, how a done or refused form answers, and times. */
public final class Authoring {

    public static final String BASE = "/author/modules/";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private Authoring() {
    }

    /** A moment as a trainer reads it, in UK time. */
    public static String when(Instant instant) {
        return WHEN.format(instant.atZone(org.digitalpractice.web.Dates.UK));
    }

    /** Post/Redirect/Get to a module's page, which says what was done. */
    public static Response toModule(CurrentSession session, String slug, String done) {
        return Response.seeOther(session.redirect(BASE + slug + "?done=" + done)).build();
    }

    /** A refused form, shown again with its errors and what was typed. */
    public static Response invalid(String html) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(html).build();
    }

    /** The files with one file put in or replaced, to check before saving. */
    public static ModuleFiles with(ModuleFiles files, String path, String content) {
        var contents = new TreeMap<>(files.contents());
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new ModuleFiles(contents);
    }
}
