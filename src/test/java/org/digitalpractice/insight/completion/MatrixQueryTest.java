package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Filtering, searching, sorting and paging the matrix on the server. */
class MatrixQueryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final List<Column> COLUMNS = List.of(
            new Column(10, "Online harm", "online-harm-children", Optional.of(TODAY.minusDays(1)), false, List.of(1L), true),
            new Column(20, "Boundaries", "boundaries-online", Optional.empty(), false, List.of(2L), true));

    static Cell notStarted(Optional<LocalDate> due) {
        return Cell.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), due, TODAY);
    }

    static Cell started(String day) {
        var at = Optional.of(Instant.parse(day + "T10:00:00Z"));
        return Cell.of(at, at, Optional.empty(), Optional.empty(), Optional.empty(), TODAY);
    }

    static Cell done(String day) {
        var at = Optional.of(Instant.parse(day + "T10:00:00Z"));
        return Cell.of(at, at, at, Optional.of(90), Optional.empty(), TODAY);
    }

    static LearnerRow row(String id, String name, Cell a, Cell b) {
        return new LearnerRow(id, Optional.of(name), Optional.of(id + "@council.example"), Optional.empty(), List.of(a, b),
                Optional.empty());
    }

    static final List<LearnerRow> ROWS = List.of(
            row("u1", "Cara Brown", done("2026-11-01"), done("2026-11-02")),
            row("u2", "aaron Adams", notStarted(COLUMNS.get(0).due()), started("2026-11-10")),
            row("u3", "Ben Clark", done("2026-11-05"), notStarted(Optional.empty())),
            row("u4", "Dee Evans", startedBeforeDue("2026-11-03"), done("2026-11-04")));

    /** Started, not finished, and the column's due date has passed. */
    static Cell startedBeforeDue(String day) {
        var at = Optional.of(Instant.parse(day + "T10:00:00Z"));
        return Cell.of(at, at, Optional.empty(), Optional.empty(), COLUMNS.get(0).due(), TODAY);
    }

    static List<String> ids(MatrixQuery query) {
        return query.apply(ROWS, COLUMNS).stream().map(LearnerRow::userId).toList();
    }

    @Test
    void byDefaultEveryoneIsListedByNameIgnoringCase() {
        assertEquals(List.of("u2", "u3", "u1", "u4"), ids(MatrixQuery.of(null, null, null, null, null, null, null)));
    }

    @Test
    void statusFilterKeepsPeopleWithThatStatusInAnyShownModule() {
        // u2 has not started the first module either, but it is overdue now, which is its status.
        assertEquals(List.of("u3"), ids(MatrixQuery.of("not-started", null, null, null, null, null, null)));
    }

    @Test
    void moduleFilterNarrowsTheStatusToThatModule() {
        assertEquals(List.of("u3"), ids(MatrixQuery.of("not-started", "20", null, null, null, null, null)));
        assertEquals(List.of(1), MatrixQuery.of(null, "20", null, null, null, null, null).shownColumns(COLUMNS));
    }

    @Test
    void aModuleOfAnotherCourseFiltersNothing() {
        assertEquals(List.of(0, 1), MatrixQuery.of(null, "99", null, null, null, null, null).shownColumns(COLUMNS));
    }

    @Test
    void overdueOnlyKeepsThoseWithAnOverdueModule() {
        assertEquals(List.of("u2", "u4"), ids(MatrixQuery.of(null, null, "true", null, null, null, null)));
    }

    @Test
    void searchMatchesNameOrEmail() {
        assertEquals(List.of("u3"), ids(MatrixQuery.of(null, null, null, "clark", null, null, null)));
        assertEquals(List.of("u4"), ids(MatrixQuery.of(null, null, null, "U4@", null, null, null)));
    }

    @Test
    void sortByModulePutsTheMostUrgentFirstAndReverses() {
        assertEquals(List.of("u2", "u4", "u1", "u3"), ids(MatrixQuery.of(null, null, null, null, "module-10", null, null)));
        assertEquals(List.of("u3", "u1", "u4", "u2"), ids(MatrixQuery.of(null, null, null, null, "module-10", "desc", null)));
    }

    @Test
    void sortByCompletedCount() {
        assertEquals(List.of("u1", "u3", "u4", "u2"), ids(MatrixQuery.of(null, null, null, null, "completed", "desc", null)));
    }

    @Test
    void unknownValuesAreIgnored() {
        var query = MatrixQuery.of("bogus", "x1", "yes", null, "'; drop", "up", "-3");
        assertEquals(MatrixQuery.of(null, null, null, null, null, null, null), query);
    }

    @Test
    void sortLinksKeepTheFiltersAndFlipTheDirection() {
        var query = MatrixQuery.of("overdue", null, null, "a b", "module-10", null, "3");
        assertEquals("?status=overdue&q=a+b&sort=module-10&dir=desc", query.sortLink("module-10"));
        assertEquals("?status=overdue&q=a+b", query.sortLink("name"));
        assertEquals("?status=overdue&q=a+b&sort=module-10&page=2", query.pageLink(2));
        assertEquals("ascending", query.ariaSort("module-10"));
    }

    @Test
    void pagesHoldFiftyPeople() {
        assertEquals(1, MatrixQuery.pages(0));
        assertEquals(1, MatrixQuery.pages(50));
        assertEquals(2, MatrixQuery.pages(51));
        assertEquals(100, MatrixQuery.pages(5000));
    }

    @Test
    void sortingByTheSelfAssessmentPutsThoseWhoHaveNotDoneItFirst() {
        var rows = List.of(
                new LearnerRow("u1", Optional.of("Ann"), Optional.empty(), Optional.empty(), List.of(),
                        Optional.of(Instant.parse("2026-11-02T10:00:00Z"))),
                new LearnerRow("u2", Optional.of("Bob"), Optional.empty(), Optional.empty(), List.of(), Optional.empty()),
                new LearnerRow("u3", Optional.of("Cat"), Optional.empty(), Optional.empty(), List.of(),
                        Optional.of(Instant.parse("2026-10-01T10:00:00Z"))));
        var query = MatrixQuery.of(null, null, null, null, "self-assessment", null, null);
        assertEquals(List.of("u2", "u3", "u1"), query.apply(rows, List.of()).stream().map(LearnerRow::userId).toList());
    }

    @Test
    void theCsvLinkKeepsTheFiltersAndDropsSortAndPage() {
        var query = MatrixQuery.of("overdue", "10", "true", "ann b", "completed", "desc", "3");
        assertEquals("?status=overdue&module=10&overdue=true&q=ann+b", query.filtersOnly());
        assertEquals(true, query.filtered());
        assertEquals(false, MatrixQuery.of(null, null, null, null, "completed", "desc", "2").filtered());
    }

    @Test
    void theTeamStaysInEveryLinkAndTheCsvLink() {
        var query = MatrixQuery.of("overdue", null, null, null, "completed", null, "2", "south&west");
        assertEquals("?team=south%26west&status=overdue", query.filtersOnly());
        assertEquals("?team=south%26west&status=overdue&sort=completed&dir=desc", query.sortLink("completed"));
        assertEquals("?team=south%26west&status=overdue&sort=completed", query.pageLink(1));
    }

    @Test
    void aTeamAloneIsAFilter() {
        assertEquals(true, MatrixQuery.of(null, null, null, null, null, null, null, "north").filtered());
        assertEquals(false, MatrixQuery.of(null, null, null, null, null, null, null, " ").filtered());
    }

    @Test
    void aTeamNarrowsTheMatrixItsCountsAndItsLeavers() {
        var matrix = new CompletionMatrix.Matrix(COLUMNS, ROWS, List.of(row("u9", "Gone Person",
                done("2026-11-01"), done("2026-11-01"))));
        var team = matrix.only(java.util.Set.of("u1", "u3", "u9")::contains);
        assertEquals(List.of("u1", "u3"), team.active().stream().map(LearnerRow::userId).toList());
        assertEquals(1, team.left().size());
        var completedFirst = CoursePage.summary(team).get(0);
        assertEquals(2, completedFirst.completed());
        assertEquals(2, completedFirst.total(), "counts are the team's, not the course's");
    }
}
