package org.digitalpractice.privacy;

import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.digitalpractice.insight.InsightData.nextId;
import static org.digitalpractice.insight.InsightData.update;
import static org.digitalpractice.privacy.SubjectAccessIT.admin;
import static org.digitalpractice.privacy.SubjectAccessIT.count;
import static org.digitalpractice.privacy.SubjectAccessIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An erasure that keeps nothing, not even the de-identified rows the council's totals count: chosen by the
 * administrator, through the API ({@code ?keep=nothing}) or the console's confirmation. The default, which keeps
 * them, is held by {@code SubjectAccessIT}.
 */
class CompleteErasureIT extends WithTestPlatform {

    /** Someone with progress, a submitted self-assessment and a practice pulse response, beside someone else. */
    static SubjectAccessIT.Learner withPulse(String name, String tag) {
        var learner = SubjectAccessIT.Learner.launched(name, tag);
        long response = nextId();
        update("insert into pulse_response (id, deployment_ref, user_ref, quarter, version_ref, answered_at, changed_at) "
                + "values (?, ?, ?, '2026-Q4', (select min(id) from pulse_questions_version), ?, ?)", response,
                learner.course().deployment(), learner.id(), SubjectAccessIT.daysAgo(1), SubjectAccessIT.daysAgo(1));
        update("insert into pulse_answer (id, response_ref, question_id, option_id, free_text) values (?, ?, 'q', 'o', ?)",
                nextId(), response, "Words of " + name);
        return learner;
    }

    static long rowsOf(SubjectAccessIT.Learner learner) {
        return count("from module_progress where user_ref = ?", learner.id())
                + count("from assessment_attempt where user_ref = ?", learner.id())
                + count("from pulse_response where user_ref = ?", learner.id());
    }

    @AfterEach
    void leaveNothingSeededBehind() {
        update("delete from score_outbox where label = 'SubjectAccess' and status = 'PENDING'");
        update("delete from publication where module_ref in (select id from training_module where slug like "
                + "'published-by-%')");
        update("delete from training_module where slug like 'published-by-%'");
    }

    @Test
    void keepingNothingDeletesWhatTheTotalsCountedAndOnlyTheirs() throws Exception {
        var nia = withPulse("Nia Nothing", "complete");
        var max = SubjectAccessIT.Learner.beside(nia, "Max Beside");
        long council = nia.course().deployment();
        long completions = count("from module_progress where deployment_ref = ? and completed_at is not null", council);

        var response = admin("POST", "/admin/people/" + nia.id() + "/erase?keep=nothing");

        assertEquals(200, response.statusCode(), response.body());
        var report = json(response);
        assertEquals(1, report.getJsonObject("deletedFromTotals").getInt("moduleProgress"), report.toString());
        assertEquals(1, report.getJsonObject("deletedFromTotals").getInt("selfAssessments"));
        assertEquals(1, report.getJsonObject("deletedFromTotals").getInt("pulseResponses"));
        assertEquals(0, report.getJsonObject("keptDeIdentified").getInt("moduleProgress"));
        assertEquals(0, rowsOf(nia), "no row of theirs is left");
        assertEquals(0, count("from pulse_answer where free_text = ?", "Words of Nia Nothing"));
        assertEquals(completions - 1, count("from module_progress where deployment_ref = ? and completed_at is not null",
                council), "the council's completions drop by theirs");
        assertEquals(2, rowsOf(max), "the person beside them keeps their progress and self-assessment");
    }

    @Test
    void anUnknownChoiceOfWhatToKeepIsRefusedAndNothingIsErased() throws Exception {
        var ola = withPulse("Ola Other", "keep-refused");
        long before = rowsOf(ola);

        var response = admin("POST", "/admin/people/" + ola.id() + "/erase?keep=everything");

        assertEquals(400, response.statusCode());
        assertTrue(json(response).getString("error").startsWith("keep must be 'totals'"), response.body());
        assertEquals(before, rowsOf(ola));
        assertEquals(1, count("from app_user where id = ? and display_name = ?", ola.id(), "Ola Other"));
    }

    @Test
    void theConsoleAsksWhatToKeepAndDeletesEverythingWhenToldTo() {
        var cai = withPulse("Cai Console", "keep-console");
        var admin = ConsoleUser.first();

        var confirm = admin.get("/admin/console/people/" + cai.id() + "/erase");
        assertTrue(confirm.body().contains("What happens to their progress?"));
        assertTrue(confirm.body().contains("value=\"totals\" checked"), "keeping the totals is the default");

        var erased = admin.post("/admin/console/people/" + cai.id() + "/erase", Map.of("keep", "nothing"));

        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("Deleted from the council&#39;s totals")
                || erased.body().contains("Deleted from the council's totals"), erased.body());
        assertEquals(0, rowsOf(cai));
    }

    @Test
    void theConsoleRefusesAChoiceItDidNotOffer() {
        var kit = withPulse("Kit Refused", "keep-console-refused");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/people/" + kit.id() + "/erase");

        var refused = admin.post("/admin/console/people/" + kit.id() + "/erase", Map.of("keep", "some"));

        assertEquals(400, refused.statusCode());
        assertEquals(3, rowsOf(kit), "nothing erased");
    }
}
