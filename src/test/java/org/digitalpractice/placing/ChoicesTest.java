package org.digitalpractice.placing;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChoicesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Activity BOUNDARIES = new Activity("boundaries", "Boundaries online", "Summary", 30,
            List.of("1 Professionalism"), "/learn/modules/boundaries", false);
    static final Activity BOUNDARIES_AT_HOME = new Activity("boundaries-at-home", "Boundaries at home", "Summary", 20,
            List.of("7 Skills and interventions"), "/learn/modules/boundaries-at-home", false);
    static final List<Activity> OFFERED = List.of(BOUNDARIES, BOUNDARIES_AT_HOME);

    static Choices read(boolean multiple, Map<String, String> fields, String... activities) {
        var form = new MultivaluedHashMap<String, String>();
        fields.forEach(form::add);
        for (var activity : activities) {
            form.add("activity", activity);
        }
        return Choices.read(form, OFFERED, multiple, TODAY);
    }

    @Test
    void readsEachChoiceWithItsModeAndDueDate() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "31",
                "due__boundaries__month", "3", "due__boundaries__year", "2027",
                "mode__boundaries-at-home", "completion", "progress__boundaries-at-home", "yes"),
                "boundaries", "boundaries-at-home");
        assertTrue(choices.valid(), choices.errors().toString());
        assertEquals(List.of(
                new Choices.Choice(BOUNDARIES, GradebookMode.SCORE, Optional.of(LocalDate.of(2027, 3, 31)), false),
                new Choices.Choice(BOUNDARIES_AT_HOME, GradebookMode.COMPLETION, Optional.empty(), true)),
                choices.chosen());
    }

    @Test
    void progressScoresAreSentOnlyWhenTheBoxIsTicked() {
        var choices = read(true, Map.of("mode__boundaries", "completion", "progress__boundaries", "on"),
                "boundaries");
        assertEquals(false, choices.chosen().get(0).progressScores(), "only the box's own value ticks it");
        assertEquals(false, choices.sendsProgress(OFFERED.get(0)));
    }

    @Test
    void needsAtLeastOneActivity() {
        var choices = read(true, Map.of());
        assertEquals(List.of(new Choices.FieldError("activity__boundaries",
                "Select at least one activity to add to the course")), choices.errors());
    }

    @Test
    void takesOnlyOneWhenThePlatformAcceptsOne() {
        var choices = read(false, Map.of("mode__boundaries", "score", "mode__boundaries-at-home", "score"),
                "boundaries", "boundaries-at-home");
        assertFalse(choices.valid());
        assertTrue(choices.errors().get(0).message().contains("Select only one activity"));
    }

    @Test
    void refusesAnActivityOutsideTheCouncilsCatalogue() {
        var choices = read(true, Map.of("mode__elsewhere", "score"), "elsewhere");
        assertTrue(choices.errors().get(0).message().contains("'elsewhere' is no longer in your council's catalogue"));
    }

    @Test
    void needsAKnownGradebookMode() {
        var choices = read(true, Map.of("mode__boundaries", "letter-grade"), "boundaries");
        assertEquals(Optional.of("Select what the gradebook records for Boundaries online"),
                choices.error("mode__boundaries"));
    }

    @Test
    void needsEveryPartOfADueDate() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "31",
                "due__boundaries__year", "2027"), "boundaries");
        assertEquals("due__boundaries__month", choices.errors().get(0).field());
        assertEquals("The due date for Boundaries online must include a day, month and year",
                choices.errors().get(0).message());
    }

    @Test
    void needsARealDueDate() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "30",
                "due__boundaries__month", "2", "due__boundaries__year", "2027"), "boundaries");
        assertEquals(Optional.of("The due date for Boundaries online must be a real date, for example 31 3 2027"),
                choices.error("due__boundaries"));
    }

    @Test
    void needsAFourDigitYear() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "1",
                "due__boundaries__month", "2", "due__boundaries__year", "27"), "boundaries");
        assertEquals("due__boundaries__year", choices.errors().get(0).field());
    }

    @Test
    void refusesADueDateInThePast() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "25",
                "due__boundaries__month", "11", "due__boundaries__year", "2026"), "boundaries");
        assertEquals(Optional.of("The due date for Boundaries online must be today or in the future"),
                choices.error("due__boundaries"));
    }

    @Test
    void acceptsTodayAsTheDueDate() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", "26",
                "due__boundaries__month", "11", "due__boundaries__year", "2026"), "boundaries");
        assertTrue(choices.valid());
    }

    @Test
    void oneActivitysErrorsAreNotAnothers() {
        var choices = read(true, Map.of("mode__boundaries-at-home", "nonsense", "mode__boundaries", "score"),
                "boundaries", "boundaries-at-home");
        assertEquals(Optional.empty(), choices.error("mode__boundaries"));
        assertTrue(choices.error("mode__boundaries-at-home").isPresent());
    }

    @Test
    void keepsWhatWasEnteredForTheFormAgain() {
        var choices = read(true, Map.of("mode__boundaries", "score", "due__boundaries__day", " 3 "), "boundaries");
        assertEquals("3", choices.entered("due__boundaries__day"));
        assertTrue(choices.isSelected(BOUNDARIES));
        assertTrue(choices.showsMode(BOUNDARIES, GradebookMode.SCORE));
        assertTrue(choices.showsMode(BOUNDARIES_AT_HOME, GradebookMode.COMPLETION));
    }
}
