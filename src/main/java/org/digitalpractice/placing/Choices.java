package org.digitalpractice.placing;

import jakarta.ws.rs.core.MultivaluedMap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trainer's choices from the placing form, checked: which activities, and for each its gradebook mode and due
 * date. Problems come back with the field they belong to, for the GOV.UK error summary.
 */
public record Choices(List<String> selected, List<Choice> chosen, List<FieldError> errors,
                      Map<String, String> entered) {

    /**
     * One activity to place. {@code progressScores}: the gradebook also hears when a learner starts and how far they
     * are, not only their result; off unless the trainer asks, since Moodle shows such a score as an empty grade.
     */
    public record Choice(Activity activity, GradebookMode mode, Optional<LocalDate> due, boolean progressScores) {
    }

    static final String SENDS_PROGRESS = "yes";

    public record FieldError(String field, String message) implements org.digitalpractice.web.ErrorLink {
        public String href() {
            return "#" + field;
        }
    }

    static final String ACTIVITY = "activity";

    public static Choices read(MultivaluedMap<String, String> form, List<Activity> offered, boolean acceptMultiple,
                               LocalDate today) {
        var entered = new LinkedHashMap<String, String>();
        form.forEach((name, values) -> {
            if (!name.equals(ACTIVITY) && !name.equals("csrf") && !values.isEmpty()) {
                entered.put(name, values.get(0).strip());
            }
        });
        var keys = form.getOrDefault(ACTIVITY, List.of()).stream().distinct().toList();
        var errors = new ArrayList<FieldError>();
        var chosen = new ArrayList<Choice>();
        String firstField = offered.isEmpty() ? ACTIVITY : offered.get(0).field(ACTIVITY);
        if (keys.isEmpty()) {
            errors.add(new FieldError(firstField, "Select at least one activity to add to the course"));
        } else if (keys.size() > 1 && !acceptMultiple) {
            errors.add(new FieldError(firstField,
                    "Your learning platform adds one activity at a time here. Select only one activity"));
        }
        for (var key : keys) {
            var activity = offered.stream().filter(a -> a.key().equals(key)).findFirst();
            if (activity.isEmpty()) {
                errors.add(new FieldError(firstField, "'" + key + "' is no longer in your council's catalogue. "
                        + "Choose from the activities listed"));
                continue;
            }
            var mode = GradebookMode.of(entered.get(activity.get().field("mode")));
            if (mode.isEmpty()) {
                errors.add(new FieldError(activity.get().field("mode"),
                        "Select what the gradebook records for " + activity.get().title()));
            }
            var due = due(activity.get(), entered, today, errors);
            if (mode.isPresent() && due != null) {
                chosen.add(new Choice(activity.get(), mode.get(), due, !activity.get().selfAssessment()
                        && SENDS_PROGRESS.equals(entered.get(activity.get().field("progress")))));
            }
        }
        return new Choices(keys, List.copyOf(chosen), List.copyOf(errors), Map.copyOf(entered));
    }

    /** Null when the date is wrong (the error is added); empty when none was given. */
    private static Optional<LocalDate> due(Activity activity, Map<String, String> entered, LocalDate today,
                                           List<FieldError> errors) {
        var field = activity.field("due");
        var day = entered.getOrDefault(Activity.part(field, "day"), "");
        var month = entered.getOrDefault(Activity.part(field, "month"), "");
        var year = entered.getOrDefault(Activity.part(field, "year"), "");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        var name = "The due date for " + activity.title();
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError(Activity.part(field, day.isEmpty() ? "day" : month.isEmpty() ? "month" : "year"),
                    name + " must include a day, month and year"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(Activity.part(field, "day"), name + " must be a real date, for example 31 3 "
                    + (today.getYear() + 1)));
            return null;
        }
        if (year.length() != 4) {
            errors.add(new FieldError(Activity.part(field, "year"), name + " must have a 4-digit year, for example "
                    + today.getYear()));
            return null;
        }
        if (date.isBefore(today)) {
            errors.add(new FieldError(Activity.part(field, "day"), name + " must be today or in the future"));
            return null;
        }
        return Optional.of(date);
    }

    public boolean isSelected(Activity activity) {
        return selected.contains(activity.key());
    }

    /** The mode shown checked: the one sent, else completion. */
    public boolean showsMode(Activity activity, GradebookMode mode) {
        var sent = entered.get(activity.field("mode"));
        return sent == null ? mode == GradebookMode.COMPLETION : mode.code().equals(sent);
    }

    /** Whether the progress box shows ticked: as sent. */
    public boolean sendsProgress(Activity activity) {
        return SENDS_PROGRESS.equals(entered.get(activity.field("progress")));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String entered(String field) {
        return entered.getOrDefault(field, "");
    }

    /** The first problem with a field or with one of its parts (a date's day, month or year). */
    public Optional<String> error(String field) {
        return errors.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + "__"))
                .map(FieldError::message).findFirst();
    }

    /** The form before anything is sent: nothing chosen, no errors. */
    public static Choices blank() {
        return new Choices(List.of(), List.of(), List.of(), Map.of());
    }
}
