package org.digitalpractice.catalogue;

import java.time.LocalDate;

/**
 * When a module was last checked against its sources, and when it must be checked again. Training that states the
 * law goes out of date as the law and guidance change; a module past its review date says so to learners.
 */
public record ModuleReview(LocalDate reviewed, LocalDate due) {

    /** How soon before its due date a module shows on the trainer's list of reviews to plan. */
    public static final int NOTICE_DAYS = 60;

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }

    public boolean dueSoon(LocalDate today) {
        return !due.isAfter(today.plusDays(NOTICE_DAYS));
    }
}
