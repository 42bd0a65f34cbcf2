package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.DraftCheck;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge check's forms and {@code check.yaml}: what a form writes is what the module reader reads. */
class CheckFormTest {

    static final Path MODULES = Path.of("modules");
    static final String SLUG = "boundaries-online";
    static final ModuleFiles SHIPPED = ModuleFiles.of(MODULES.resolve(SLUG));

    /** Every shipped module folder (the self-assessment framework is not one). */
    static Stream<String> modules() throws IOException {
        try (var listing = Files.list(MODULES)) {
            return listing.filter(folder -> Files.exists(folder.resolve("check.yaml")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    static ModuleFiles with(ModuleFiles files, String path, String content) {
        var contents = new TreeMap<>(files.contents());
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new ModuleFiles(contents);
    }

    /** The form fields a browser posts for {@code question}. */
    static MultivaluedHashMap<String, String> posted(QuestionForm question) {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("csrf", "token");
        form.putSingle("text", question.text());
        form.putSingle("type", question.type());
        for (int i = 0; i < question.options().size(); i++) {
            var option = question.options().get(i);
            form.putSingle("option-" + i + "-text", option.text().replace("\n", "\r\n"));
            if (option.correct()) {
                form.putSingle("option-" + i + "-correct", "true");
            }
            form.putSingle("option-" + i + "-feedback", option.feedback().replace("\n", "\r\n"));
        }
        return form;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void aShippedCheckTurnsIntoFormsAndBackWithoutChangingWhatIsRead(String slug) {
        var files = ModuleFiles.of(MODULES.resolve(slug));
        var check = CheckForm.of(files.text("check.yaml", "check.yaml"));
        // Every question goes through the browser's fields, as a trainer saving each form would.
        var saved = check;
        for (int i = 0; i < check.questions().size(); i++) {
            var question = check.questions().get(i);
            saved = saved.with(i, QuestionForm.of(question.id(), posted(question)));
        }
        var original = new ModuleReader().read(slug, files);
        var again = new ModuleReader().read(slug, with(files, "check.yaml", saved.toYaml()));
        assertEquals(original.check(), again.check());
        assertEquals(check, CheckForm.of(saved.toYaml()));
    }

    @Test
    void anAddedQuestionGetsAnIdNoOtherHasAndIsRead() {
        var check = CheckForm.of(SHIPPED.text("check.yaml", "check.yaml"));
        var added = new QuestionForm(check.newId(), "multiple", "Which of these: are: \"tricky\" # to quote?", List.of(
                new QuestionForm.Option("yes: really", true, "Line one\nline two"),
                new QuestionForm.Option("- a dash", true, "'quoted'"),
                new QuestionForm.Option("no", false, "No.")));
        var module = new ModuleReader().read(SLUG, with(SHIPPED, "check.yaml", check.with(check.questions().size(),
                added).toYaml()));
        var read = module.check().questions().get(check.questions().size());
        assertFalse(check.questions().stream().anyMatch(q -> q.id().equals(added.id())));
        assertEquals(added.text(), read.text());
        assertEquals("Line one\nline two", read.options().get(0).feedback());
        assertEquals(2, read.correctOptions().size());
    }

    @Test
    void optionsAreAddedAndRemovedKeepingWhatWasTyped() {
        var question = QuestionForm.of("q1", posted(QuestionForm.empty("q1")));
        var typed = new QuestionForm("q1", "single", "What now?", List.of(
                new QuestionForm.Option("A", true, "Right"), new QuestionForm.Option("B", false, "Wrong")));
        assertEquals(2, question.options().size());
        var more = typed.withOption();
        assertEquals(3, more.options().size());
        assertEquals(typed.options(), more.options().subList(0, 2));
        assertEquals(List.of(typed.options().get(1)), typed.withoutOption(0).options());
    }

    @Test
    void aSingleQuestionWithTwoCorrectOptionsIsAnErrorOnTheOptions() {
        var check = CheckForm.of(SHIPPED.text("check.yaml", "check.yaml"));
        var first = check.questions().get(0);
        var wrong = new QuestionForm(first.id(), "single", first.text(), first.options().stream()
                .map(o -> new QuestionForm.Option(o.text(), true, o.feedback())).toList());
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with(SHIPPED, "check.yaml", check.with(0, wrong).toYaml()), p -> CheckPage.error(SLUG, p, 0)));
        assertEquals("options", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().startsWith("Only one option can be correct in a question with one answer"),
                invalid.getMessage());
    }

    @Test
    void anEmptyFeedbackIsAnErrorOnThatOptionsFeedback() {
        var check = CheckForm.of(SHIPPED.text("check.yaml", "check.yaml"));
        var second = check.questions().get(1);
        var options = new java.util.ArrayList<>(second.options());
        options.set(1, new QuestionForm.Option(options.get(1).text(), options.get(1).correct(), ""));
        var blank = new QuestionForm(second.id(), second.type(), second.text(), options);
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with(SHIPPED, "check.yaml", check.with(1, blank).toYaml()), p -> CheckPage.error(SLUG, p, 1)));
        assertEquals(new DraftCheck.FieldError("option-1-feedback", "Option 2 feedback is empty"),
                invalid.errors().get(0));
    }

    @Test
    void removingAQuestionBelowSixIsAnErrorOfTheWholeCheck() {
        var check = CheckForm.of(SHIPPED.text("check.yaml", "check.yaml"));
        var fewer = check;
        while (fewer.questions().size() > 5) {
            fewer = fewer.without(0);
        }
        var yaml = fewer.toYaml();
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with(SHIPPED, "check.yaml", yaml), p -> CheckPage.error(SLUG, p, 0)));
        assertEquals("text", invalid.errors().get(0).field());
        assertTrue(invalid.getMessage().contains("6 to 10"), invalid.getMessage());
    }
}
