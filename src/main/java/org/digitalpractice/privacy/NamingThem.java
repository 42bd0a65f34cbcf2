package org.digitalpractice.privacy;

import java.util.List;

import static org.digitalpractice.privacy.Source.column;
import static org.digitalpractice.privacy.Source.section;

/**
 * Rows that name a person only by their name stored as text: what they did as a trainer or learning lead. A name
 * shared with a colleague finds the colleague's rows too, so these go to an administrator, who checks them, never
 * into the person's own download.
 */
final class NamingThem {

    private NamingThem() {
    }

    private static final String BY_NAME = " These rows were found by matching your name, as stored in text, in "
            + "your council: a name alone could also be someone else's, so your council checks them before sending "
            + "them to you.";

    static final Source DUE_DATES = new Source(
            section("due_dates_set", "due dates you set as a learning lead",
            "Learning leads can set the date by which learners should finish an activity; the lead's name is kept "
                    + "with it." + BY_NAME,
            column("course", "the course's title"),
            column("link", "the activity's link in the course"),
            column("due_on", "the date set"),
            column("set", "when it was set"),
            column("set_by", "the name stored")),
            "select c.title, p.title, d.due_on, d.set_at, d.set_by from placement_due_date d "
            + "join placement p on p.id = d.placement_ref join course c on c.id = p.course_ref "
            + "where c.deployment_ref = ? and d.set_by = ? order by d.set_at",
            Source.Key.NAME_IN_COUNCIL);

    static final Source GRADEBOOK_SETTINGS = new Source(
            section("gradebook_settings_chosen",
            "gradebook settings you chose as a trainer",
            "Trainers choose what a self-assessment link sends to the gradebook; the last trainer's name is kept "
                    + "with it." + BY_NAME,
            column("course", "the course's title"),
            column("link", "the link in the course"),
            column("mode", "completion or score"),
            column("chosen", "when it was chosen"),
            column("chosen_by", "the name stored")),
            "select c.title, p.title, g.mode, g.updated_at, g.updated_by "
            + "from assessment_grading g join placement p on p.id = g.placement_ref join course c on c.id = p.course_ref "
            + "where c.deployment_ref = ? and g.updated_by = ? order by g.updated_at",
            Source.Key.NAME_IN_COUNCIL);

    static final Source MODULES = new Source(
            section("modules_changed", "your council's modules you changed last as a trainer",
            "A council's own modules keep the name of the trainer who last published, archived or created "
                    + "them." + BY_NAME,
            column("module", "the module's short name"),
            column("status", "DRAFT, PUBLISHED or ARCHIVED"),
            column("changed", "when it was changed"),
            column("changed_by", "the name stored")),
            "select slug, status, updated_at, updated_by from training_module "
            + "where owner = ? and updated_by = ? order by updated_at",
            Source.Key.NAME_IN_CATALOGUE);

    static final Source DRAFTS = new Source(
            section("drafts_saved", "module drafts you saved last as a trainer",
            "A draft is a council's working copy of a module; it keeps the name of the trainer who saved it "
                    + "last. The drafts' content is not included: it is training material, not data about you."
                    + BY_NAME,
            column("module", "the module's short name"),
            column("based_on", "what the draft was made from"),
            column("saved", "when it was saved"),
            column("saved_by", "the name stored")),
            "select slug, based_on, updated_at, updated_by from module_draft "
            + "where deployment_ref = ? and updated_by = ? order by updated_at",
            Source.Key.NAME_IN_COUNCIL);

    static final Source PUBLICATIONS = new Source(
            section("versions_published", "versions of modules you published as a trainer",
            "Each time a trainer publishes one of the council's modules, or rolls it back to an earlier version, the "
                    + "version is kept with the name of the trainer who published it." + BY_NAME,
            column("module", "the module's short name"),
            column("version", "the version's number, as trainers see it"),
            column("published", "when it was published"),
            column("restored_from", "the earlier version it put back, for a roll back"),
            column("published_by", "the name stored")),
            "select m.slug, p.number, p.published_at, p.restored_from, p.published_by "
            + "from publication p join training_module m on m.id = p.module_ref "
            + "where m.owner = ? and p.published_by = ? order by p.published_at, p.number",
            Source.Key.NAME_IN_CATALOGUE);

    static final Source MODULE_CHANGES = new Source(
            section("module_changes_recorded", "changes to modules recorded under your name",
            "Digital Practice records who copied, imported, published and archived each of a council's modules, "
                    + "for the council's trainers to see." + BY_NAME,
            column("happened", "when"),
            column("action", "COPY, IMPORT, PUBLISH or ARCHIVE"),
            column("module", "the module's short name"),
            column("version", "the version published, if any"),
            column("detail", "what the record says"),
            column("by", "the name stored")),
            "select happened_at, action, slug, version_number, detail, person "
            + "from audit_entry where deployment_ref = ? and person = ? order by happened_at, id",
            Source.Key.NAME_IN_COUNCIL);

    static final List<Source> SOURCES = List.of(
            DUE_DATES, GRADEBOOK_SETTINGS, MODULES, DRAFTS, PUBLICATIONS, MODULE_CHANGES);
}
