package org.digitalpractice.lti.launch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Course Groups Service claim is read for its addresses and scopes only, and a broken one is no service. */
class GroupsServiceClaimTest {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";

    @Test
    void keepsTheAddressesAndTheScopes() {
        var claim = Map.<String, Object>of(
                "context_groups_url", "https://learn.example/learn/api/v1/lti/courses/_4_1/groups",
                "context_group_sets_url", "https://learn.example/learn/api/v1/lti/courses/_4_1/groupsets",
                "scope", List.of(SCOPE), "service_versions", List.of("1.0"));
        assertEquals(Optional.of(new LaunchContext.GroupsService(
                        "https://learn.example/learn/api/v1/lti/courses/_4_1/groups",
                        Optional.of("https://learn.example/learn/api/v1/lti/courses/_4_1/groupsets"), List.of(SCOPE))),
                LaunchContext.GroupsService.of(claim));
    }

    @Test
    void withoutTheGroupsAddressThereIsNoService() {
        assertEquals(Optional.empty(), LaunchContext.GroupsService.of(Map.of("scope", List.of(SCOPE))));
    }

    @Test
    void anAddressThatIsNotHttpOrTooLongIsNoService() {
        assertEquals(Optional.empty(), LaunchContext.GroupsService.of(Map.of("context_groups_url", "javascript:x")));
        assertEquals(Optional.empty(), LaunchContext.GroupsService.of(Map.of("context_groups_url",
                "https://learn.example/" + "x".repeat(1000))));
    }

    @Test
    void theGroupSetsAddressIsOptional() {
        var service = LaunchContext.GroupsService.of(Map.of("context_groups_url", "https://learn.example/groups"))
                .orElseThrow();
        assertEquals(Optional.empty(), service.groupSetsUrl());
        assertEquals(List.of(), service.scopes());
    }
}
