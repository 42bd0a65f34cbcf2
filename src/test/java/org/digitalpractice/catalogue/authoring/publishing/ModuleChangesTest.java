package org.digitalpractice.catalogue.authoring.publishing;

import org.digitalpractice.catalogue.ModuleFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleChangesTest {

    static final ModuleFiles SHIPPED = ModuleFiles.of(Path.of("modules", "boundaries-online"));
    static final String LESSON = "lessons/01-choosing-the-right-channel.md";

    static ModuleFiles changed(String path, String content) {
        var contents = new TreeMap<>(SHIPPED.contents());
        if (content == null) {
            contents.remove(path);
        } else {
            contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        }
        return new ModuleFiles(contents);
    }

    static ModuleChanges.Part part(ModuleChanges changes, String name) {
        return changes.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSameFilesChangeNothing() {
        assertTrue(ModuleChanges.between(SHIPPED, SHIPPED).none());
    }

    @Test
    void aChangedWordInALessonIsShownAsTheWordRemovedAndTheWordAdded() {
        var before = "# Title\n\nCall the person back the same day.\n";
        var after = "# Title\n\nCall the person back the next day.\n";
        var diff = TextDiff.of(before, after);
        assertEquals(1, diff.paragraphs().size());
        assertEquals(List.of(new TextDiff.Piece(TextDiff.Kind.SAME, "Call the person back the"),
                new TextDiff.Piece(TextDiff.Kind.REMOVED, "same"), new TextDiff.Piece(TextDiff.Kind.ADDED, "next"),
                new TextDiff.Piece(TextDiff.Kind.SAME, "day.")), diff.paragraphs().get(0).pieces());
    }

    @Test
    void lessonsAreComparedByFileAndNamedByTitle() {
        var lesson = SHIPPED.text(LESSON, LESSON);
        var changes = ModuleChanges.between(SHIPPED, changed(LESSON, lesson.replaceFirst("\n\n", "\n\nOur council's rule first.\n\n")));
        var items = part(changes, "Lessons").items();
        assertEquals(1, items.size());
        assertEquals(ModuleChanges.Status.CHANGED, items.get(0).status());
        assertTrue(items.get(0).label().startsWith("Lesson: "), items.get(0).label());
        assertEquals(new TextDiff.Piece(TextDiff.Kind.ADDED, "Our council's rule first."),
                items.get(0).diff().paragraphs().get(0).pieces().get(0));

        var removed = part(ModuleChanges.between(SHIPPED, changed(LESSON, null)), "Lessons").items();
        assertEquals(ModuleChanges.Status.REMOVED, removed.get(0).status());
        var added = part(ModuleChanges.between(SHIPPED, changed("lessons/09-new.md", "# Our local policy\n\nText.")), "Lessons").items();
        assertEquals(List.of("Lesson: Our local policy"), added.stream().map(ModuleChanges.Item::label).toList());
        assertEquals(ModuleChanges.Status.ADDED, added.get(0).status());
    }

    @Test
    void detailsQuestionsAndStepsAreComparedOneByOne() {
        var details = SHIPPED.text("module.yaml", "module.yaml").replaceFirst("pass_mark: 80", "pass_mark: 70");
        var check = SHIPPED.text("check.yaml", "check.yaml").replaceFirst("correct: true", "correct: false");
        var scenario = SHIPPED.text("scenario.yaml", "scenario.yaml").replaceFirst("best: true", "best: false");
        var contents = new TreeMap<>(changed("module.yaml", details).contents());
        contents.put("check.yaml", check.getBytes(StandardCharsets.UTF_8));
        contents.put("scenario.yaml", scenario.getBytes(StandardCharsets.UTF_8));
        var changes = ModuleChanges.between(SHIPPED, new ModuleFiles(contents));
        assertEquals(List.of("Pass mark"), part(changes, "Details").items().stream().map(ModuleChanges.Item::label).toList());
        assertEquals(1, part(changes, "Knowledge check").items().size());
        assertEquals(1, part(changes, "Practice scenario").items().size());
        assertTrue(part(changes, "Practice scenario").items().get(0).label().startsWith("Step "));
    }

    @Test
    void aModuleNeverPublishedIsAllAdded() {
        var changes = ModuleChanges.between(new ModuleFiles(new TreeMap<>()), SHIPPED);
        assertTrue(changes.parts().stream().flatMap(p -> p.items().stream())
                .allMatch(i -> i.status() == ModuleChanges.Status.ADDED));
        assertTrue(part(changes, "Lessons").items().size() >= 3);
    }
}
