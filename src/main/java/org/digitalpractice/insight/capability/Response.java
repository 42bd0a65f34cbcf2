package org.digitalpractice.insight.capability;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One submitted self-assessment, as the aggregates need it: whose (a number, never a name), when, on which framework
 * version, the rating of each statement and the option ids ticked for each "your practice" question. Never the
 * free text.
 */
record Response(long person, long attempt, long frameworkRef, Instant submittedAt, Map<String, String> ratings,
                Map<String, List<String>> practice) {
}
