package org.digitalpractice.catalogue;

import org.digitalpractice.catalogue.authoring.QuestionQuality;
import org.digitalpractice.catalogue.versions.ModuleLibrary;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content test: every module shipped in {@code modules/} keeps the rules of {@code modules/README.md}. */
class ShippedModulesTest {

    static final Path MODULES = Path.of("modules");

    static ModuleLibrary library;
    static Map<String, TrainingModule> modules;

    @BeforeAll
    static void readShippedModules() {
        library = ModuleLibrary.readAll(MODULES);
        modules = library.modules().stream().collect(Collectors.toMap(TrainingModule::slug, Function.identity()));
    }

    static Stream<String> slugs() throws IOException {
        try (var listing = Files.list(MODULES)) {
            return listing.filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .filter(name -> !ModuleLibrary.NOT_MODULES.contains(name))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyShippedModuleReadsWithoutProblems() throws IOException {
        assertEquals(List.of(), library.problems().stream().map(ModuleProblem::getMessage).toList());
        assertEquals(slugs().toList(), library.modules().stream().map(TrainingModule::slug).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void everyQuestionHasACorrectAnswerAndFeedbackOnEveryOption(String slug) {
        for (var question : modules.get(slug).check().questions()) {
            assertTrue(question.correctOptions().size() >= 1, question.id() + " has no correct answer");
            if (question.type() == Question.Type.SINGLE) {
                assertEquals(1, question.correctOptions().size(), question.id() + " is single with several answers");
            }
            question.options().forEach(option ->
                    assertTrue(!option.feedback().isBlank(), question.id() + " has an option without feedback"));
        }
    }

    /** Every shipped module says when it was last checked against its sources, and is not past its next check. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void saysWhenItWasReviewedAndIsNotOverdue(String slug) {
        var review = modules.get(slug).review();
        assertTrue(review.isPresent(), slug + " has no 'reviewed' and 'review_due'");
        assertFalse(review.get().overdue(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))),
                slug + " was due for review on " + review.get().due());
    }

    /** The rules a trainer is warned about before publishing hold for every module the library ships. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void questionsTestJudgementNotTestTaking(String slug) {
        assertEquals(List.of(), QuestionQuality.of(modules.get(slug)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void everyReferenceHasAnHttpsUrl(String slug) {
        modules.get(slug).references().forEach(reference ->
                assertEquals("https", reference.url().getScheme(), reference.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void everyLessonHas300To700Words(String slug) {
        var outside = modules.get(slug).lessons().stream()
                .filter(lesson -> lesson.wordCount() < 300 || lesson.wordCount() > 700)
                .map(lesson -> lesson.fileName() + " has " + lesson.wordCount() + " words")
                .toList();
        assertEquals(List.of(), outside);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void noInternalLinkIsBroken(String slug) {
        var module = modules.get(slug);
        var anchors = module.references().stream().map(reference -> "#" + reference.anchor())
                .collect(Collectors.toSet());
        var pages = new ArrayList<String>();
        module.lessons().forEach(lesson -> pages.add(lesson.html()));
        pages.add(module.scenario().introductionHtml());
        module.scenario().steps().forEach(step -> pages.add(step.situationHtml()));
        pages.add(module.scenario().conclusionHtml());
        var broken = pages.stream()
                .flatMap(html -> Jsoup.parseBodyFragment(html).select("a").stream())
                .map(link -> link.attr("href"))
                .filter(href -> !(href.startsWith("https://") || href.startsWith("http://") || anchors.contains(href)))
                .toList();
        assertEquals(List.of(), broken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void hasThreeToFiveOutcomesThreeToSixLessonsAndSixToTenQuestions(String slug) {
        var module = modules.get(slug);
        assertTrue(Set.of(3, 4, 5).contains(module.outcomes().size()), "outcomes: " + module.outcomes().size());
        assertTrue(module.lessons().size() >= 3 && module.lessons().size() <= 6, "lessons: " + module.lessons().size());
        var questions = module.check().questions().size();
        assertTrue(questions >= 6 && questions <= 10, "questions: " + questions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void scenarioHasAtLeastThreeDecisionPointsOnTheBestPath(String slug) {
        var bestPath = modules.get(slug).scenario().bestPath();
        assertTrue(bestPath.size() >= 3, "best path: " + bestPath.stream().map(ScenarioStep::id).toList());
    }
}
