package org.digitalpractice.assessment;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.digitalpractice.assessment.SampleFramework.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a placement's gradebook receives on submit. */
class GradeModeTest {

    static final Profile PROFILE = answers().area("A", "3", "na", "1").area("B", "2", "2", "2").area("C", "0", "0")
            .area("D", "1", "1", "1").profile();

    @Test
    void completionIsOneOfOneWhateverTheRatings() {
        assertEquals(new GradeMode.Grade(1, 1), GradeMode.COMPLETION.grade(PROFILE));
    }

    @Test
    void scoreIsTheMeanRatingAsAPercentageOfTheMaximum() {
        // (3 + 1 + 2 + 2 + 2 + 0 + 0 + 1 + 1 + 1) / 10 = 1.3 of 3
        assertEquals(new GradeMode.Grade(43, 100), GradeMode.SCORE.grade(PROFILE));
    }

    @Test
    void modesAreStoredByTheirCode() {
        assertEquals(Optional.of(GradeMode.SCORE), GradeMode.of("score"));
        assertEquals(Optional.of(GradeMode.COMPLETION), GradeMode.of("completion"));
        assertEquals(Optional.empty(), GradeMode.of("percentage"));
    }
}
