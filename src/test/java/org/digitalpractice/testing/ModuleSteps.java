package org.digitalpractice.testing;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A learner's steps through a module as its pages offer them: starting and reading are forms, never links. */
public final class ModuleSteps {

    private ModuleSteps() {
    }

    /** Presses "Start this module" on the overview. */
    public static void start(TestLaunch learner, String slug) {
        var base = "/learn/modules/" + slug;
        var overview = learner.get(base);
        assertEquals(200, overview.statusCode(), overview.body());
        var started = learner.post(base + "/start", TestLaunch.csrf(overview), Map.of());
        assertEquals(303, started.statusCode(), started.body());
    }

    /** Opens a lesson and presses its "Next", which records it as read (and starts the module if need be). */
    public static void readLesson(TestLaunch learner, String slug, int number) {
        var lesson = "/learn/modules/" + slug + "/lessons/" + number;
        var page = learner.get(lesson);
        assertEquals(200, page.statusCode(), page.body());
        var read = learner.post(lesson + "/read", TestLaunch.csrf(page), Map.of());
        assertEquals(303, read.statusCode(), read.body());
    }
}
