package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.DraftCheck;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.digitalpractice.catalogue.authoring.forms.CheckFormTest.MODULES;
import static org.digitalpractice.catalogue.authoring.forms.CheckFormTest.SHIPPED;
import static org.digitalpractice.catalogue.authoring.forms.CheckFormTest.SLUG;
import static org.digitalpractice.catalogue.authoring.forms.CheckFormTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario's forms and {@code scenario.yaml}: what a form writes is what the module reader reads. */
class ScenarioFormTest {

    /** The form fields a browser posts for {@code step}. */
    static MultivaluedHashMap<String, String> posted(StepForm step) {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("csrf", "token");
        form.putSingle("id", step.id());
        form.putSingle("situation", step.situation().replace("\n", "\r\n"));
        for (int i = 0; i < step.choices().size(); i++) {
            var c = step.choices().get(i);
            var p = "choice-" + i + "-";
            form.putSingle(p + "text", c.text());
            if (c.best()) {
                form.putSingle(p + "best", "true");
            }
            form.putSingle(p + "feedback", c.feedback().replace("\n", "\r\n"));
            form.putSingle(p + "consequence", c.consequence().replace("\n", "\r\n"));
            form.putSingle(p + "next", c.next());
        }
        return form;
    }

    static ScenarioForm shipped() {
        return ScenarioForm.of(SHIPPED.text("scenario.yaml", "scenario.yaml"));
    }

    static DraftCheck.Invalid refused(ScenarioForm scenario, int index) {
        return assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with(SHIPPED, "scenario.yaml", scenario.toYaml()), p -> ScenarioPage.stepError(SLUG, p, index)));
    }

    @ParameterizedTest
    @MethodSource("org.digitalpractice.catalogue.authoring.forms.CheckFormTest#modules")
    void aShippedScenarioTurnsIntoFormsAndBackWithoutChangingWhatIsRead(String slug) {
        var files = ModuleFiles.of(MODULES.resolve(slug));
        var scenario = ScenarioForm.of(files.text("scenario.yaml", "scenario.yaml"));
        var saved = scenario.withOverview(scenario.title(), scenario.introduction().replace("\n", "\r\n"),
                scenario.start(), scenario.conclusion());
        for (int i = 0; i < scenario.steps().size(); i++) {
            saved = saved.with(i, StepForm.of(posted(scenario.steps().get(i))), Optional.empty());
        }
        var original = new ModuleReader().read(slug, files);
        var again = new ModuleReader().read(slug, with(files, "scenario.yaml", saved.toYaml()));
        assertEquals(original.scenario(), again.scenario());
    }

    @Test
    void renamingAStepRenamesItWhereChoicesAndTheStartNameIt() {
        var scenario = shipped();
        var first = scenario.steps().get(0);
        var renamed = scenario.with(0, new StepForm("the-request", first.situation(), first.choices()), Optional.empty());
        assertEquals("the-request", renamed.start());
        var module = new ModuleReader().read(SLUG, with(SHIPPED, "scenario.yaml", renamed.toYaml()));
        assertEquals("the-request", module.scenario().start());
        assertEquals(module.scenario().steps().size(), scenario.steps().size());
    }

    @Test
    void aNewStepIsReachedThroughTheChoiceChosenToLeadToIt() {
        var scenario = shipped();
        var last = scenario.steps().size() - 1;
        // A choice that ended the scenario now leads to the new step, which ends it.
        var ending = scenario.steps().get(last);
        var choice = ending.choices().stream().filter(c -> c.next().equals("end")).findFirst().orElseThrow();
        var from = last + "-" + ending.choices().indexOf(choice);
        var added = new StepForm("follow-up", "A week later, *Kayla* texts you.", List.of(
                new StepForm.Choice("Reply", false, "No.", "She replies.", "end"),
                new StepForm.Choice("Tell your manager", true, "Yes.", "You talk it through.", "end")));
        var module = new ModuleReader().read(SLUG, with(SHIPPED, "scenario.yaml",
                scenario.with(scenario.steps().size(), added, Optional.of(from)).toYaml()));
        assertTrue(module.scenario().step("follow-up").isPresent());
        assertTrue(module.scenario().step("follow-up").get().situationHtml().contains("<em>Kayla</em>"));

        var unreached = refused(scenario.with(scenario.steps().size(), added, Optional.of("")), scenario.steps().size());
        assertEquals("id", unreached.errors().get(0).field(), unreached.getMessage());
    }

    @Test
    void aChoiceLeadingToNoStepIsAnErrorOnThatChoicesNext() {
        var scenario = shipped();
        var first = scenario.steps().get(0);
        var choices = new ArrayList<>(first.choices());
        var c = choices.get(1);
        choices.set(1, new StepForm.Choice(c.text(), c.best(), c.feedback(), c.consequence(), "nowhere"));
        var invalid = refused(scenario.with(0, new StepForm(first.id(), first.situation(), choices), Optional.empty()), 0);
        assertEquals("choice-1-next", invalid.errors().get(0).field());
        assertTrue(invalid.getMessage().startsWith("A choice leads to step nowhere, which does not exist"),
                invalid.getMessage());
    }

    @Test
    void twoBestChoicesAreAnErrorOnTheChoices() {
        var scenario = shipped();
        var first = scenario.steps().get(0);
        var twoBest = new StepForm(first.id(), first.situation(), first.choices().stream().map(c ->
                new StepForm.Choice(c.text(), true, c.feedback(), c.consequence(), c.next())).toList());
        var invalid = refused(scenario.with(0, twoBest, Optional.empty()), 0);
        assertEquals("choices", invalid.errors().get(0).field());
        assertEquals("Only one choice can be the best", invalid.getMessage());
    }

    @Test
    void choicesAreAddedAndRemovedKeepingWhatWasTyped() {
        var step = shipped().steps().get(0);
        assertEquals(step.choices().size() + 1, step.withChoice().choices().size());
        assertEquals(step.choices(), step.withChoice().choices().subList(0, step.choices().size()));
        assertEquals(step.choices().subList(1, step.choices().size()), step.withoutChoice(0).choices());
        assertEquals(2, StepForm.of(posted(StepForm.EMPTY)).choices().size());
    }

    @Test
    void aStepIsListedByTheOpeningOfItsSituation() {
        assertEquals("Short.", new StepForm("a", "Short.\nMore", List.of()).opening());
        assertEquals("x".repeat(140) + "…", new StepForm("a", "x".repeat(200), List.of()).opening());
        assertTrue(new StepForm("a", "word ".repeat(60), List.of()).opening().length() <= 141);
    }
}
