package org.digitalpractice.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one folder of {@code modules/} (see {@code modules/README.md}) into a {@link TrainingModule}, checking every
 * rule a trainer can break. The first problem found is thrown as a {@link ModuleProblem}.
 */
public class ModuleReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public TrainingModule read(Path folder) {
        var slug = folder.getFileName().toString();
        checkSlug(slug);
        ModuleFiles files;
        try {
            files = ModuleFiles.of(folder);
        } catch (java.io.UncheckedIOException e) {
            throw ModuleProblem.inFile(slug, "the folder cannot be read: " + e.getCause().getMessage());
        }
        return read(slug, files);
    }

    public static void checkSlug(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw ModuleProblem.inFile(slug, "the folder name must be lower-case letters, digits and hyphens");
        }
    }

    /** Limits of the fields a trainer types, in characters: what a learner's page and a card can show. */
    public static final int TITLE_LIMIT = 100;
    public static final int SUMMARY_LIMIT = 300;
    public static final int OUTCOME_LIMIT = 300;
    public static final int REFLECTION_LIMIT = 1000;
    public static final int REFERENCE_LIMIT = 400;

    /** Reads a module from its files, wherever they came from. */
    public TrainingModule read(String slug, ModuleFiles files) {
        checkSlug(slug);
        var module = yaml(files, slug, "module.yaml").onlyFields("title", "summary", "minutes", "audience",
                "pcf_domains", "pass_mark", "outcomes", "reflection", "references", "reviewed", "review_due");
        var title = module.field("title").text(TITLE_LIMIT);
        var summary = module.field("summary").text(SUMMARY_LIMIT);
        var minutes = module.field("minutes").wholeNumber();
        if (minutes < 1) {
            throw module.field("minutes").problem("must be at least 1");
        }
        var audience = audience(module.field("audience"));
        var pcfDomains = pcfDomains(module.field("pcf_domains"));
        var passMark = module.field("pass_mark").wholeNumber();
        if (passMark < 1 || passMark > 100) {
            throw module.field("pass_mark").problem("must be a percentage from 1 to 100, not " + passMark);
        }
        var outcomes = outcomes(module.field("outcomes"));
        var reflection = module.field("reflection").text(REFLECTION_LIMIT);
        var references = references(module.field("references"));
        var referenceIds = references.stream().map(Reference::id).collect(Collectors.toSet());
        var lessons = LessonReader.readAll(files, slug + "/lessons", referenceIds);
        var scenario = ScenarioReader.read(yaml(files, slug, "scenario.yaml"), referenceIds);
        var check = CheckReader.read(yaml(files, slug, "check.yaml"));
        return new TrainingModule(slug, title, summary, minutes, audience, pcfDomains, passMark, outcomes,
                reflection, references, lessons, scenario, check, review(module), files.contentHash());
    }

    private static YamlNode yaml(ModuleFiles files, String slug, String fileName) {
        var name = slug + "/" + fileName;
        return YamlNode.parse(name, files.text(fileName, name));
    }

    private static Audience audience(YamlNode node) {
        return switch (node.text().toLowerCase(Locale.ROOT)) {
            case "children" -> Audience.CHILDREN;
            case "adults" -> Audience.ADULTS;
            case "all" -> Audience.ALL;
            default -> throw node.problem("must be children, adults or all" + node.valueShown());
        };
    }

    private static List<Integer> pcfDomains(YamlNode node) {
        var domains = new ArrayList<Integer>();
        for (var item : node.items()) {
            var domain = item.wholeNumber();
            if (domain < 1 || domain > 9) {
                throw item.problem("must be a PCF domain from 1 to 9, not " + domain);
            }
            if (domains.contains(domain)) {
                throw item.problem("repeats domain " + domain);
            }
            domains.add(domain);
        }
        if (domains.isEmpty()) {
            throw node.problem("is empty; name at least one PCF domain");
        }
        return List.copyOf(domains);
    }

    private static List<String> outcomes(YamlNode node) {
        var outcomes = node.items().stream().map(item -> item.text(OUTCOME_LIMIT)).toList();
        if (outcomes.size() < 3 || outcomes.size() > 5) {
            throw node.problem("has " + outcomes.size() + " outcomes; a module needs 3 to 5");
        }
        return outcomes;
    }

    /** The module's review dates: both or neither, the next review after the last. */
    static java.util.Optional<ModuleReview> review(YamlNode module) {
        var reviewed = module.optionalField("reviewed");
        var due = module.optionalField("review_due");
        if (reviewed.isEmpty() && due.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (reviewed.isEmpty() || due.isEmpty()) {
            throw (reviewed.isPresent() ? reviewed.get() : due.get()).problem("needs its partner: give both "
                    + "'reviewed' (when the module was last checked) and 'review_due' (when it must be checked again)");
        }
        var review = new ModuleReview(reviewed.get().date(), due.get().date());
        if (!review.due().isAfter(review.reviewed())) {
            throw due.get().problem("must be after 'reviewed' (" + review.reviewed() + ")");
        }
        return java.util.Optional.of(review);
    }

    /** A {@code references} list; the self-assessment framework cites its sources the same way. */
    public static List<Reference> references(YamlNode node) {
        var references = new ArrayList<Reference>();
        Set<String> ids = new HashSet<>();
        for (var item : node.items()) {
            item.onlyFields("id", "title", "publisher", "url", "year", "checked");
            var id = item.field("id");
            if (!SLUG.matcher(id.text()).matches()) {
                throw id.problem("must be lower-case letters, digits and hyphens" + id.valueShown());
            }
            if (!ids.add(id.text())) {
                throw id.problem("repeats reference id '" + id.text() + "'");
            }
            references.add(new Reference(id.text(), item.field("title").text(REFERENCE_LIMIT),
                    item.field("publisher").text(REFERENCE_LIMIT),
                    httpsUrl(item.field("url")), item.optionalField("year").map(YamlNode::wholeNumber),
                    item.optionalField("checked").map(YamlNode::date)));
        }
        return List.copyOf(references);
    }

    private static URI httpsUrl(YamlNode node) {
        try {
            var url = new URI(node.text());
            if ("https".equals(url.getScheme()) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with the value
        }
        throw node.problem("must be an https URL" + node.valueShown());
    }
}
