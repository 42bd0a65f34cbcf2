package org.digitalpractice.session;

import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.lti.launch.LtiClaims;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A launch lands where its target_link_uri claim points, when that belongs to the person's role. */
class LaunchRoutingTest {

    static LaunchContext launch(String target, String messageType) {
        return new LaunchContext("iss", "client", "dep", messageType, "sub",
                new LaunchContext.Person(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(), Optional.empty(), Optional.empty(), target, Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH, "{}");
    }

    static String destination(String target, ToolRole role) {
        return LaunchRouting.destination(launch(target, LtiClaims.RESOURCE_LINK_REQUEST), role);
    }

    @Test
    void routesByTheTargetLinkUriClaim() {
        assertEquals("/learn/modules/boundaries-online",
                destination("https://tool.example/learn/modules/boundaries-online", ToolRole.LEARNER));
    }

    @Test
    void keepsTheQueryOfTheTarget() {
        assertEquals("/learn?module=boundaries-online",
                destination("https://tool.example/learn?module=boundaries-online", ToolRole.LEARNER));
    }

    @Test
    void aLearnerMayLandOnTheSelfAssessment() {
        assertEquals("/assess/start", destination("https://tool.example/assess/start", ToolRole.LEARNER));
    }

    @Test
    void aTargetOfAnotherRoleLandsOnTheRolesOwnHome() {
        assertEquals("/author", destination("https://tool.example/learn", ToolRole.TRAINER));
        assertEquals("/insight", destination("https://tool.example/learn", ToolRole.LEAD));
        assertEquals("/learn", destination("https://tool.example/author/modules", ToolRole.LEARNER));
    }

    @Test
    void aLookalikePathIsNotTheRolesHome() {
        assertEquals("/learn", destination("https://tool.example/learning-admin", ToolRole.LEARNER));
    }

    @Test
    void deepLinkingTakesATrainerToTheActivitiesToPlace() {
        assertEquals("/author/place", LaunchRouting.destination(
                launch("https://tool.example/learn", LtiClaims.DEEP_LINKING_REQUEST), ToolRole.TRAINER));
    }

    @Test
    void deepLinkingTakesAnyoneElseToTheirRolesHome() {
        assertEquals("/insight", LaunchRouting.destination(
                launch("https://tool.example/author", LtiClaims.DEEP_LINKING_REQUEST), ToolRole.LEAD));
    }
}
