package org.digitalpractice.privacy;

import jakarta.json.Json;

import java.time.Instant;

/**
 * What erasing someone known only from rosters removed: their rows on each course's roster, the roster changes
 * that mention them and the teams the platform put them in. Nothing else was ever held about them.
 */
public record RosterErasure(String council, Instant at, int rosterMemberships, int rosterChanges,
                            int teamMemberships) {

    /** Why the erasure lasts only if the platform stops listing them, in words for the administrator. */
    public static final String REFETCHED = "The learning platform still decides who is on a course: if it still "
            + "lists this person, the next roster fetch lists them again. Ask the council to remove them from the "
            + "course in the platform (or to stop sharing their details) as well.";

    public String json() {
        return Json.createObjectBuilder()
                .add("council", council)
                .add("at", at.toString())
                .add("erased", true)
                .add("removed", Json.createObjectBuilder()
                        .add("rosterMemberships", rosterMemberships)
                        .add("rosterChanges", rosterChanges)
                        .add("teamMemberships", teamMemberships))
                .add("message", REFETCHED)
                .build().toString();
    }
}
