package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.catalogue.authoring.Limits;
import org.digitalpractice.catalogue.authoring.ContentYaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of {@code module.yaml} as the details form shows them: text boxes with their limits, who the module is
 * for and its PCF domains as checkboxes, up to five outcomes, and the references as a list of rows to add to and
 * remove from. Every field is checked at once ({@link #errors}) before the module reader reads the file it makes.
 */
public record ModuleDetails(String title, String summary, String minutes, List<String> audiences,
                            List<Integer> pcfDomains, String passMark, List<String> outcomes, String reflection,
                            List<ReferenceForm> references, String reviewed, String reviewDue) {

    public static final int OUTCOMES_FROM = 3;
    public static final int OUTCOMES_TO = 5;
    public static final String CHILDREN = "children";
    public static final String ADULTS = "adults";

    /** The reader's field names with the labels a trainer reads, for problems the reader finds. */
    public static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "Title"),
            Map.entry("summary", "Summary"), Map.entry("minutes", "Minutes to finish"),
            Map.entry("audience", "Who it is for"), Map.entry("pcf_domains", "PCF domains"),
            Map.entry("pass_mark", "Pass mark"), Map.entry("outcomes", "Learning outcomes"),
            Map.entry("reflection", "Reflection prompt"), Map.entry("references", "References"),
            Map.entry("reviewed", "Last checked against its sources"), Map.entry("review_due", "Next check due"));

    public ModuleDetails {
        title = FormText.clean(title);
        summary = FormText.clean(summary);
        minutes = FormText.clean(minutes);
        audiences = List.copyOf(audiences);
        pcfDomains = List.copyOf(pcfDomains);
        passMark = FormText.clean(passMark);
        var five = new ArrayList<>(outcomes.stream().map(FormText::clean).toList());
        while (five.size() < OUTCOMES_TO) {
            five.add("");
        }
        outcomes = List.copyOf(five);
        reflection = FormText.clean(reflection);
        references = List.copyOf(references);
        reviewed = FormText.clean(reviewed);
        reviewDue = FormText.clean(reviewDue);
    }

    /** The details of an existing {@code module.yaml}, for the form. */
    public static ModuleDetails of(String moduleYaml) {
        var map = FormText.load(moduleYaml);
        var audience = FormText.text(map.get("audience"));
        var audiences = switch (audience) {
            case "all" -> List.of(CHILDREN, ADULTS);
            case CHILDREN, ADULTS -> List.of(audience);
            default -> List.<String>of();
        };
        var domains = map.get("pcf_domains") instanceof List<?> list ? list.stream()
                .filter(Integer.class::isInstance).map(Integer.class::cast).toList() : List.<Integer>of();
        var outcomes = map.get("outcomes") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.<String>of();
        return new ModuleDetails(FormText.text(map.get("title")), FormText.text(map.get("summary")),
                FormText.text(map.get("minutes")), audiences, domains, FormText.text(map.get("pass_mark")), outcomes,
                FormText.text(map.get("reflection")),
                FormText.items(map.get("references")).stream().map(ReferenceForm::of).toList(),
                date(map.get("reviewed")), date(map.get("review_due")));
    }

    /** YAML reads a bare 2026-12-02 as a timestamp at midnight UTC; the form shows it as written. */
    static String date(Object value) {
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : FormText.text(value);
    }

    static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    static ModuleDetails of(MultivaluedMap<String, String> form) {
        var outcomes = new ArrayList<String>();
        for (int i = 0; i < OUTCOMES_TO; i++) {
            outcomes.add(FormText.field(form, "outcome-" + i));
        }
        var references = new ArrayList<ReferenceForm>();
        for (int i = 0; form.containsKey("reference-" + i + "-title"); i++) {
            var p = "reference-" + i + "-";
            references.add(new ReferenceForm(FormText.field(form, p + "id"), FormText.field(form, p + "title"),
                    FormText.field(form, p + "publisher"), FormText.field(form, p + "url"),
                    FormText.field(form, p + "year"), FormText.field(form, p + "checked")));
        }
        var audiences = Objects.requireNonNullElse(form.get("audience"), List.<String>of()).stream()
                .filter(List.of(CHILDREN, ADULTS)::contains).distinct().toList();
        var domains = Objects.requireNonNullElse(form.get("pcf_domains"), List.<String>of()).stream()
                .filter(d -> d.matches("[1-9]")).map(Integer::parseInt).distinct().sorted().toList();
        return new ModuleDetails(FormText.field(form, "title"), FormText.field(form, "summary"),
                FormText.field(form, "minutes"), audiences, domains, FormText.field(form, "pass_mark"), outcomes,
                FormText.field(form, "reflection"), references, FormText.field(form, "reviewed"),
                FormText.field(form, "review_due"));
    }

    ModuleDetails withReference() {
        var more = new ArrayList<>(references);
        more.add(ReferenceForm.EMPTY);
        return new ModuleDetails(title, summary, minutes, audiences, pcfDomains, passMark, outcomes, reflection, more,
                reviewed, reviewDue);
    }

    ModuleDetails withoutReference(int index) {
        var fewer = new ArrayList<>(references);
        fewer.remove(index);
        return new ModuleDetails(title, summary, minutes, audiences, pcfDomains, passMark, outcomes, reflection, fewer,
                reviewed, reviewDue);
    }

    /** Every error a trainer can fix in the form, in the order of its fields. */
    FormErrors errors() {
        var errors = new FormErrors()
                .text("title", title, Limits.TITLE, "Title", "Enter the title")
                .text("summary", summary, Limits.SUMMARY, "Summary", "Enter a summary");
        number(errors, "minutes", minutes, 1, Limits.MINUTES, "Enter how many minutes the module takes",
                "Minutes to finish");
        if (audiences.isEmpty()) {
            errors.add("audience", "Select who the module is for");
        }
        if (pcfDomains.isEmpty()) {
            errors.add("pcf_domains", "Select at least one PCF domain");
        }
        number(errors, "pass_mark", passMark, 1, 100, "Enter the pass mark", "The pass mark");
        var given = outcomes.stream().filter(o -> !o.isEmpty()).count();
        if (given < OUTCOMES_FROM) {
            errors.add("outcome-" + outcomes.indexOf(""), "Enter at least " + OUTCOMES_FROM + " learning outcomes");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            errors.atMost("outcome-" + i, outcomes.get(i), Limits.OUTCOME, "Learning outcome " + (i + 1));
        }
        errors.text("reflection", reflection, Limits.REFLECTION, "The reflection prompt", "Enter a reflection prompt");
        var names = new HashSet<String>();
        for (int i = 0; i < references.size(); i++) {
            references.get(i).check(errors, i, names);
        }
        if (!reviewed.isEmpty() && !isDate(reviewed)) {
            errors.add("reviewed", "Enter the date it was last checked as year-month-day, such as 2026-12-02");
        }
        if (!reviewDue.isEmpty() && !isDate(reviewDue)) {
            errors.add("review_due", "Enter the date of the next check as year-month-day, such as 2027-12-02");
        }
        if (reviewed.isEmpty() != reviewDue.isEmpty()) {
            errors.add(reviewed.isEmpty() ? "reviewed" : "review_due",
                    "Enter both dates, when it was last checked and when it must be checked next, or neither");
        }
        return errors;
    }

    private static void number(FormErrors errors, String field, String value, int from, int to, String missing,
                               String name) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (!value.matches("[0-9]{1,9}")) {
            errors.add(field, name + " must be a whole number, such as " + to / 2);
        } else if (Integer.parseInt(value) < from || Integer.parseInt(value) > to) {
            errors.add(field, name + " must be between " + from + " and " + to);
        }
    }

    public boolean isFor(String audience) {
        return audiences.contains(audience);
    }

    public List<PcfDomain> allDomains() {
        return List.of(PcfDomain.values());
    }

    /** The {@code module.yaml} these details make. */
    public String toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("title", title);
        map.put("summary", summary);
        map.put("minutes", number(minutes));
        map.put("audience", audiences.size() == 2 ? "all" : audiences.isEmpty() ? "" : audiences.get(0));
        map.put("pcf_domains", pcfDomains);
        map.put("pass_mark", number(passMark));
        map.put("outcomes", outcomes.stream().filter(s -> !s.isEmpty()).toList());
        map.put("reflection", reflection);
        map.put("references", references.stream().map(ReferenceForm::toYaml).toList());
        if (!reviewed.isBlank()) {
            map.put("reviewed", reviewed);
        }
        if (!reviewDue.isBlank()) {
            map.put("review_due", reviewDue);
        }
        return ContentYaml.dump(map);
    }

    private static Object number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
