package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.Limits;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One source the module cites, as a row of the references form: its title, publisher, web address, year, and the
 * short name lessons cite it by ({@code [text](#ref-name)}), made from the title when left empty.
 */
public record ReferenceForm(String id, String title, String publisher, String url, String year, String checked) {

    static final ReferenceForm EMPTY = new ReferenceForm("", "", "", "", "", "");
    public static final int ID_LIMIT = 40;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public ReferenceForm {
        id = FormText.clean(id);
        title = FormText.clean(title);
        publisher = FormText.clean(publisher);
        url = FormText.clean(url);
        year = FormText.clean(year);
        checked = FormText.clean(checked);
    }

    static ReferenceForm of(Map<String, Object> yaml) {
        return new ReferenceForm(FormText.text(yaml.get("id")), FormText.text(yaml.get("title")),
                FormText.text(yaml.get("publisher")), FormText.text(yaml.get("url")), FormText.text(yaml.get("year")),
                ModuleDetails.date(yaml.get("checked")));
    }

    /** The short name as saved: typed, or made from the title's first words. */
    String citedAs() {
        if (!id.isEmpty()) {
            return id;
        }
        var words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        var cut = words.length() <= 30 ? words : words.substring(0, words.lastIndexOf('-', 30) > 0
                ? words.lastIndexOf('-', 30) : 30);
        return cut.isEmpty() ? "source" : cut;
    }

    void check(FormErrors errors, int index, java.util.Set<String> earlier) {
        var n = index + 1;
        var p = "reference-" + index + "-";
        errors.text(p + "title", title, Limits.REFERENCE_TITLE, "The title of reference " + n,
                "Enter the title of reference " + n);
        errors.text(p + "publisher", publisher, Limits.REFERENCE_PUBLISHER, "The publisher of reference " + n,
                "Enter who published reference " + n);
        errors.text(p + "url", url, Limits.REFERENCE_URL, "The web address of reference " + n,
                "Enter the web address of reference " + n);
        if (!errors.has(p + "url") && !url.matches("https://[^\\s/]+\\.[^\\s]+")) {
            errors.add(p + "url", "Enter the web address of reference " + n + " starting with https://, such as "
                    + "https://www.gov.uk/");
        }
        if (!year.isEmpty() && !year.matches("(19|20)[0-9]{2}")) {
            errors.add(p + "year", "Enter the year of reference " + n + " as 4 digits, such as 2024");
        }
        if (!checked.isEmpty() && !ModuleDetails.isDate(checked)) {
            errors.add(p + "checked", "Enter the date reference " + n + " was checked as year-month-day, such as "
                    + "2026-12-02");
        }
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            errors.add(p + "id", "The name reference " + n + " is cited by must be lower-case letters, digits and "
                    + "hyphens, such as swe-guidance");
        } else if (id.length() > ID_LIMIT) {
            errors.add(p + "id", "The name reference " + n + " is cited by must be " + ID_LIMIT
                    + " characters or fewer");
        } else if (!earlier.add(citedAs())) {
            errors.add(p + "id", "Reference " + n + " is cited by the same name as another: give it a name of its own");
        }
    }

    Map<String, Object> toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", citedAs());
        map.put("title", title);
        map.put("publisher", publisher);
        map.put("url", url);
        if (!year.isEmpty()) {
            map.put("year", year.matches("[0-9]{1,9}") ? Integer.parseInt(year) : year);
        }
        if (!checked.isEmpty()) {
            map.put("checked", checked);
        }
        return map;
    }
}
