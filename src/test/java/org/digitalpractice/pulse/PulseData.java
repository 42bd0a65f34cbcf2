package org.digitalpractice.pulse;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.TestLaunch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.digitalpractice.insight.InsightData.nextId;
import static org.digitalpractice.insight.InsightData.one;
import static org.digitalpractice.insight.InsightData.update;

/**
 * Puts pulse responses straight into the tool's database, as {@link InsightData} does for the leads' other pages,
 * so that thresholds can be tested at exact counts. Each test uses a quarter of its own (long past ones), so that
 * the tests of one run never count each other's responses.
 */
final class PulseData {

    /** A complete set of answers to the shipped questions. */
    static final Map<String, List<String>> TYPICAL = typical();

    private PulseData() {
    }

    private static Map<String, List<String>> typical() {
        var answers = new LinkedHashMap<String, List<String>>();
        answers.put("devices", List.of("work-computer"));
        answers.put("devices-confidence", List.of("fairly"));
        answers.put("contact", List.of("email"));
        answers.put("contact-confidence", List.of("fairly"));
        answers.put("recording-and-ai", List.of("case-system-desk"));
        answers.put("recording-confidence", List.of("a-little"));
        answers.put("met-online", List.of("none"));
        answers.put("helped", List.of("not-happened"));
        answers.put("support-wanted", List.of("training-children", "clearer-policy"));
        return Map.copyOf(answers);
    }

    /** The typical answers with one question answered otherwise. */
    static Map<String, List<String>> typicalBut(String question, List<String> options) {
        var answers = new LinkedHashMap<>(TYPICAL);
        answers.put(question, options);
        return answers;
    }

    /** The council's deployment, found through its lead's first launch (which records it). */
    static long council(String council) {
        TestLaunch.fromPractice(council, council + "-children", council + "-lead");
        return InsightData.deploymentOf(InsightData.course(council + "-children"));
    }

    static long course(String contextId) {
        return InsightData.course(contextId);
    }

    /** {@code people} new people of the council who each gave these answers in the quarter; their ids. */
    static List<Long> responses(long deployment, Long course, String quarter, int people,
                                Map<String, List<String>> answers, String otherWords) {
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < people; i++) {
            ids.add(response(deployment, course, quarter, answers, otherWords)[0]);
        }
        return ids;
    }

    /** One new person's response: {person id, response id}. Words go on every "other" option chosen. */
    static long[] response(long deployment, Long course, String quarter, Map<String, List<String>> answers,
                           String otherWords) {
        long person = InsightData.addPerson(deployment, "pulse-" + nextId(), "Pulse Person");
        long response = nextId();
        var at = Timestamp.from(Instant.now());
        update("insert into pulse_response (id, deployment_ref, user_ref, course_ref, version_ref, quarter, "
                        + "answered_at, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", response, deployment, person, course,
                one("select max(id) from pulse_questions_version"), quarter, at, at);
        answers.forEach((question, options) -> options.forEach(option ->
                update("insert into pulse_answer (id, response_ref, question_id, option_id, free_text) "
                        + "values (?, ?, ?, ?, ?)", nextId(), response, question, option,
                        option.equals("other") ? otherWords : null)));
        return new long[]{person, response};
    }

    /** The current quarter's code, as the tool computes it. */
    static String currentQuarter() {
        return Quarter.of(Instant.now()).code();
    }

    /** A form body answering the questions, with repeated fields for several options. */
    static String form(String csrf, Map<String, List<String>> answers, Map<String, String> words) {
        var body = new StringBuilder(csrf == null ? "x=1" : "csrf=" + TestLaunch.encode(csrf));
        answers.forEach((question, options) -> options.forEach(option ->
                body.append("&answer-").append(question).append('=').append(TestLaunch.encode(option))));
        words.forEach((question, text) -> body.append("&text-").append(question).append('=')
                .append(TestLaunch.encode(text)));
        return body.toString();
    }
}
