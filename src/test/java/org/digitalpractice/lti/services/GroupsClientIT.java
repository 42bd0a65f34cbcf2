package org.digitalpractice.lti.services;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tool's Course Groups client against the practice platform, which is as strict as Blackboard Learn: every
 * page, each person's groups, and the refusals of a wrong token and of a token without the groups scope.
 */
class GroupsClientIT extends DeployedTool {

    static final String GROUPS_SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";
    static final String ROSTER_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String COURSE = "ashby-asye";

    final GroupsClient client = new GroupsClient(new ServiceHttp(Duration.ofSeconds(10), "DigitalPractice-IT",
            Clock.systemUTC()), Clock.systemUTC(), Duration.ofSeconds(60));

    /** A token as if the practice platform had granted it; how the tool gets one is tested with its own client. */
    static String token(String scopes) throws Exception {
        var token = "it-" + UUID.randomUUID();
        try (var connection = ToolUnderTest.connect();
             var insert = connection.prepareStatement(
                     "insert into practice_token (token, scopes, expires_at) values (?, ?, ?)")) {
            insert.setString(1, token);
            insert.setString(2, scopes);
            insert.setTimestamp(3, Timestamp.from(Instant.now().plusSeconds(3600)));
            insert.executeUpdate();
        }
        return token;
    }

    static String groupsUrl(String course) {
        return ToolUnderTest.platformUrl("/practice/groups/" + course + "/groups");
    }

    @Test
    void readsEveryPageOfACoursesTeams() throws Exception {
        var groups = client.fetch(groupsUrl(COURSE), token(GROUPS_SCOPE), List.of());
        assertTrue(groups.complete(), groups.failure().orElse(""));
        assertEquals(List.of("Children's services \u2013 North", "Adults' services \u2013 East",
                "Assessment and intervention \u2013 South"), groups.groups().stream().map(GroupsClient.Group::name)
                .toList());
        assertEquals(2, groups.calls(), "three teams arrive in pages of two, linked by rel=\"next\"");
    }

    @Test
    void findsEachPersonsTeamAndNoneForStaff() throws Exception {
        var groups = client.fetch(groupsUrl(COURSE), token(GROUPS_SCOPE),
                List.of("ashby-learner-01", "ashby-learner-02", "ashby-lead"));
        assertEquals(Set.of(COURSE + "-team-north"), groups.membership().get("ashby-learner-01"));
        assertEquals(Set.of(COURSE + "-team-east"), groups.membership().get("ashby-learner-02"));
        assertEquals(Set.of(), groups.membership().get("ashby-lead"));
    }

    @Test
    void aTokenThePlatformNeverGaveIsRefused() {
        var groups = client.fetch(groupsUrl(COURSE), "not-a-token", List.of());
        assertFalse(groups.complete());
        assertTrue(groups.failure().get().contains("did not accept the access token"), groups.failure().get());
    }

    @Test
    void aTokenWithoutTheGroupsScopeIsRefused() throws Exception {
        var groups = client.fetch(groupsUrl(COURSE), token(ROSTER_SCOPE), List.of());
        assertTrue(groups.failure().orElseThrow().contains("403"), groups.failure().get());
        assertTrue(groups.failure().get().contains("groups scope"), groups.failure().get());
    }

    @Test
    void aPlatformWithoutTheServiceHasNoGroupsAddress() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(groupsUrl("eastbrook-asye")))
                .header("Authorization", "Bearer " + token(GROUPS_SCOPE)).header("User-Agent", "IT").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), "Canvas offers no Course Groups Service");
    }

    @Test
    void listsTheCoursesGroupSets() throws Exception {
        var sets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl(
                        "/practice/groups/" + COURSE + "/groupsets")))
                .header("Authorization", "Bearer " + token(GROUPS_SCOPE)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sets.statusCode());
        assertTrue(sets.body().contains("\"name\":\"Locality teams\""), sets.body());
    }
}
