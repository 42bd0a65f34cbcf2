package org.digitalpractice.session;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LTI roles, full and short, map to the tool's three roles; a registration may override the mapping. */
class RoleMappingTest {

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    static ToolRole role(String... roles) {
        return RoleMapping.roleFor(List.of(roles), Map.of());
    }

    @Test
    void learnerIsALearner() {
        assertEquals(ToolRole.LEARNER, role(LIS + "membership#Learner"));
        assertEquals(ToolRole.LEARNER, role("Learner"));
    }

    @Test
    void instructorContentDeveloperAndTeachingAssistantAreTrainers() {
        assertEquals(ToolRole.TRAINER, role(LIS + "membership#Instructor"));
        assertEquals(ToolRole.TRAINER, role(LIS + "membership#ContentDeveloper"));
        assertEquals(ToolRole.TRAINER, role(LIS + "membership/Instructor#TeachingAssistant"));
        assertEquals(ToolRole.TRAINER, role("Instructor"));
        assertEquals(ToolRole.TRAINER, role("TeachingAssistant"));
    }

    @Test
    void administratorsAndMentorsAreLeads() {
        assertEquals(ToolRole.LEAD, role(LIS + "membership#Administrator"));
        assertEquals(ToolRole.LEAD, role(LIS + "institution/person#Administrator"));
        assertEquals(ToolRole.LEAD, role(LIS + "membership#Mentor"));
        assertEquals(ToolRole.LEAD, role("Mentor"));
    }

    @Test
    void theStrongestRoleWins() {
        assertEquals(ToolRole.LEAD, role(LIS + "membership#Learner", LIS + "institution/person#Administrator"));
        assertEquals(ToolRole.TRAINER, role(LIS + "membership#Learner", LIS + "membership#Instructor"));
    }

    @Test
    void noRolesOrUnknownRolesMeanLearner() {
        assertEquals(ToolRole.LEARNER, role());
        assertEquals(ToolRole.LEARNER, role(LIS + "institution/person#Guest"));
    }

    @Test
    void aRegistrationCanOverrideARoleByFullUri() {
        var overrides = Map.of(LIS + "membership#Mentor", "LEARNER");
        assertEquals(ToolRole.LEARNER, RoleMapping.roleFor(List.of(LIS + "membership#Mentor"), overrides));
    }

    @Test
    void aRegistrationCanOverrideARoleByShortName() {
        var overrides = Map.of("TeachingAssistant", "LEARNER");
        assertEquals(ToolRole.LEARNER,
                RoleMapping.roleFor(List.of(LIS + "membership/Instructor#TeachingAssistant"), overrides));
    }
}
