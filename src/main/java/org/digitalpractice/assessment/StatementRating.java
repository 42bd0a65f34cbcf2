package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

/** The rating a learner gave one statement, stored as the scale's value ("0" to "3", or "na"). */
@Entity
@Table(name = "assessment_rating")
public class StatementRating extends NumberedEntity {

    @Column(name = "attempt_ref")
    private Long attemptRef;
    @Column(name = "statement_code")
    private String statementCode;
    @Column(name = "rating")
    private String rating;

    protected StatementRating() {
    }

    StatementRating(long attemptRef, String statementCode, String rating) {
        this.attemptRef = attemptRef;
        this.statementCode = statementCode;
        this.rating = rating;
    }

    void change(String rating) {
        this.rating = rating;
    }

    String statementCode() {
        return statementCode;
    }

    String rating() {
        return rating;
    }
}
