package org.digitalpractice.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in a course's roster between two fetches: who joined, who left (gone from the roster, or marked
 * Inactive or Deleted by the platform), and whose name, email, roles or status changed.
 */
public final class RosterDiff {

    private RosterDiff() {
    }

    /** One member as the tool keeps them. {@code left} is true for someone who has left the course. */
    public record Member(String userId, Optional<String> name, Optional<String> email, List<String> roles,
                         String status, boolean left) {
        boolean active() {
            return "Active".equals(status) && !left;
        }
    }

    public enum Kind { JOINED, LEFT, CHANGED }

    public record Change(String userId, Kind kind, String detail) {
    }

    public static List<Change> between(Map<String, Member> before, List<Member> now) {
        var changes = new ArrayList<Change>();
        var current = new HashMap<String, Member>();
        now.forEach(member -> current.put(member.userId(), member));
        for (var member : now) {
            var was = before.get(member.userId());
            if (was == null || (!was.active() && member.active())) {
                if (member.active()) {
                    changes.add(new Change(member.userId(), Kind.JOINED, null));
                }
            } else if (was.active() && !member.active()) {
                changes.add(new Change(member.userId(), Kind.LEFT, "status " + member.status()));
            } else {
                var what = new ArrayList<String>();
                if (!Objects.equals(was.name(), member.name())) {
                    what.add("name");
                }
                if (!Objects.equals(was.email(), member.email())) {
                    what.add("email");
                }
                if (!Objects.equals(List.copyOf(was.roles()), List.copyOf(member.roles()))) {
                    what.add("roles");
                }
                if (!was.status().equals(member.status())) {
                    what.add("status");
                }
                if (!what.isEmpty()) {
                    changes.add(new Change(member.userId(), Kind.CHANGED, String.join(", ", what)));
                }
            }
        }
        for (var was : before.values()) {
            if (was.active() && !current.containsKey(was.userId())) {
                changes.add(new Change(was.userId(), Kind.LEFT, "no longer on the roster"));
            }
        }
        return changes;
    }
}
