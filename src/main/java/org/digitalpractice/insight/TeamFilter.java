package org.digitalpractice.insight;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "Team" filter of the leads' pages: shown when the platform gives the course's teams (its Course Groups
 * Service), with the team chosen, if any; otherwise a hint says why there is no filter.
 */
public record TeamFilter(boolean offered, List<CourseGroups.Team> teams, Optional<Chosen> chosen) {

    /** A chosen team and the platform ids of its people. */
    public record Chosen(CourseGroups.Team team, Set<String> members) {
        public boolean includes(String userId) {
            return members.contains(userId);
        }
    }

    public static TeamFilter none() {
        return new TeamFilter(false, List.of(), Optional.empty());
    }

    public boolean shown() {
        return offered && !teams.isEmpty();
    }

    public boolean isChosen(CourseGroups.Team team) {
        return chosen.map(c -> c.team().id().equals(team.id())).orElse(false);
    }

    public Optional<String> chosenId() {
        return chosen.map(c -> c.team().id());
    }

    /** Why there is no team filter, in a lead's words. */
    public String hint() {
        return offered
                ? "The learning platform has no groups in this course yet, so there is no team to filter by. "
                + "Teams appear here once someone puts people into groups in the platform."
                : "You cannot filter by team: the learning platform does not share this course's groups with Digital "
                + "Practice. Platforms that offer the LTI Course Groups Service (such as Blackboard Learn) do.";
    }
}
