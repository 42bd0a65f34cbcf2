package org.digitalpractice.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.digitalpractice.assessment.SampleFramework.FRAMEWORK;
import static org.digitalpractice.assessment.SampleFramework.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a learner who saves and leaves carries on, and how a resume point becomes a page. */
class AssessmentPagesTest {

    @Test
    void aLearnerWhoLeavesCarriesOnAtTheFirstAreaWithAGap() {
        var answers = answers().area("A", "1", "1", "1").area("C", "2", "2").build();
        assertEquals("area-B", AssessmentPages.resumePoint(FRAMEWORK, answers));
    }

    @Test
    void withEveryAreaAnsweredTheyCarryOnAtYourPracticeThenTheCheck() {
        var rated = answers().area("A", "1", "1", "1").area("B", "1", "1", "1").area("C", "2", "2")
                .area("D", "na", "na", "na").build();
        assertEquals("your-practice", AssessmentPages.resumePoint(FRAMEWORK, rated));
        var practised = rated.and(new Answers(Map.of(), Map.of(),
                Map.of("use", new Answers.PracticeChoice(List.of(), Optional.empty()))));
        assertEquals("check", AssessmentPages.resumePoint(FRAMEWORK, practised));
    }

    @Test
    void aResumePointNamesItsPage() {
        assertEquals("/areas/B", AssessmentPages.page("area-B"));
        assertEquals("/your-practice", AssessmentPages.page("your-practice"));
        assertEquals("/check", AssessmentPages.page("check"));
    }
}
