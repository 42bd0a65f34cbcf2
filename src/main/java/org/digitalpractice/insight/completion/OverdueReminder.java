package org.digitalpractice.insight.completion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reminder for the people on a course who are overdue: their email addresses, to paste into an email's To line,
 * and a message to paste into it or into the platform's own messaging. Digital Practice sends nothing itself: the
 * lead knows their people, and the platform already has a way to write to them.
 *
 * @param people       everyone with an overdue module among the columns shown, in the page's order
 * @param withoutEmail the names of those the platform gave no email address for, to reach another way
 */
public record OverdueReminder(List<LearnerRow> people, String emails, List<String> withoutEmail, String subject,
                              String message) {

    /** Separated as Outlook expects; Gmail and the platforms' message forms accept it too. */
    static final String SEPARATOR = "; ";

    public static OverdueReminder of(String course, List<Column> columns, List<Integer> shown, List<LearnerRow> rows,
                                     String from) {
        var people = rows.stream().filter(r -> shown.stream()
                .anyMatch(i -> r.cells().get(i).status() == CompletionStatus.OVERDUE)).toList();
        var emails = people.stream().flatMap(p -> p.email().filter(e -> !e.isBlank()).stream())
                .collect(Collectors.joining(SEPARATOR));
        var withoutEmail = people.stream().filter(p -> p.email().filter(e -> !e.isBlank()).isEmpty())
                .map(LearnerRow::displayName).toList();
        var modules = new LinkedHashSet<String>();
        for (int i : shown) {
            int column = i;
            if (people.stream().anyMatch(p -> p.cells().get(column).status() == CompletionStatus.OVERDUE)) {
                var c = columns.get(i);
                modules.add("- " + c.heading() + " (due " + c.dueText() + ")");
            }
        }
        var lines = new ArrayList<String>();
        lines.add("Hello,");
        lines.add("");
        lines.add("Our records show that training on " + course + " was due and is not yet complete for you:");
        lines.add("");
        lines.addAll(modules);
        lines.add("");
        lines.add("Please open it from the course in our learning platform. Your progress is saved as you go, so you "
                + "can do it in more than one sitting. If you have already finished it, or cannot do it yet, "
                + "please let me know.");
        lines.add("");
        lines.add("Thank you,");
        lines.add(from);
        return new OverdueReminder(people, emails, withoutEmail, "Training overdue: " + course,
                String.join("\n", lines));
    }

    public boolean anyone() {
        return !people.isEmpty();
    }

    /** "1 person" or "3 people". */
    public String howMany() {
        return people.size() == 1 ? "1 person" : people.size() + " people";
    }
}
