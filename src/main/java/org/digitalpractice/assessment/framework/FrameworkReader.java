package org.digitalpractice.assessment.framework;

import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.catalogue.Reference;
import org.digitalpractice.catalogue.YamlNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code self-assessment/framework.yaml} into a {@link Framework}, checking every rule in the file's header
 * comment. The first problem found is thrown as a {@link ModuleProblem}, naming the file, line and field exactly as
 * module problems do, so trainers read both the same way.
 */
public class FrameworkReader {

    /** The framework's file, relative to the modules folder. */
    public static final String FILE = "self-assessment/framework.yaml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z]");
    private static final List<String> SCALE = List.of("0", "1", "2", "3", "na");
    private static final Pattern COUNT = Pattern.compile("\\{([a-z_]+)}");
    private static final int SCENARIOS_PER_AREA = 2;

    private final Predicate<String> moduleExists;
    private final boolean stored;

    private FrameworkReader(Predicate<String> moduleExists, boolean stored) {
        this.moduleExists = moduleExists;
        this.stored = stored;
    }

    /** For the file being loaded now: every module an area names must be a folder beside it. */
    public static FrameworkReader checkingModulesIn(Path modulesDir) {
        return new FrameworkReader(slug -> !slug.equals("self-assessment")
                && Files.isDirectory(modulesDir.resolve(slug)), false);
    }

    /**
     * For a version stored earlier: its modules were checked when it was loaded, and a module removed since must not
     * make the attempts taken on it unreadable. Nor may a rule added since: versions stored before statements named
     * their PCF domains have none, and before two scenarios per area were required some areas had one.
     */
    public static FrameworkReader forStoredVersion() {
        return new FrameworkReader(slug -> true, true);
    }

    /** The file's text, or a problem a trainer can act on when it is missing or not UTF-8 text. */
    public static String text(Path modulesDir) {
        try {
            return Files.readString(modulesDir.resolve(FILE));
        } catch (NoSuchFileException e) {
            throw ModuleProblem.inFile(FILE, "the file is missing");
        } catch (IOException e) {
            throw ModuleProblem.inFile(FILE, "the file cannot be read as UTF-8 text");
        }
    }

    public Framework read(String text) {
        var root = YamlNode.parse(FILE, text).onlyFields("title", "introduction", "scale", "domains",
                "your_practice", "references");
        var title = root.field("title").text();
        var introductionNode = root.field("introduction");
        var introductionText = introductionNode.text();
        checkScale(root.field("scale"));
        var references = ModuleReader.references(root.field("references"));
        var referenceIds = references.stream().map(Reference::id).collect(Collectors.toSet());
        var domains = domains(root.field("domains"), referenceIds);
        var yourPractice = root.optionalField("your_practice").map(FrameworkReader::yourPractice).orElse(List.of());
        var counted = new Framework(title, "", domains, yourPractice, references);
        var introduction = Markdown.html(withCounts(introductionNode, introductionText, counted));
        return new Framework(title, introduction, domains, yourPractice, references);
    }

    /**
     * The introduction with its counts filled in from the framework itself, so that "{statements} statements" and
     * "about {minutes} minutes" stay true whenever statements or scenarios are added or removed.
     */
    private static String withCounts(YamlNode node, String text, Framework framework) {
        var counts = Map.of("statements", framework.statementCount(), "areas", framework.domains().size(),
                "scenarios", framework.scenarioCount(), "minutes", framework.minutes());
        var matcher = COUNT.matcher(text);
        var filled = new StringBuilder();
        while (matcher.find()) {
            var count = counts.get(matcher.group(1));
            if (count == null) {
                throw node.problem("uses '" + matcher.group() + "', which is not a count the tool fills in; use "
                        + "{statements}, {areas}, {scenarios} or {minutes}");
            }
            matcher.appendReplacement(filled, String.valueOf(count));
        }
        return matcher.appendTail(filled).toString();
    }

    private static void checkScale(YamlNode node) {
        var values = new ArrayList<String>();
        for (var item : node.items()) {
            item.onlyFields("value", "label", "description");
            values.add(item.field("value").text());
            item.field("label").text();
            item.field("description").text();
        }
        if (!values.equals(SCALE)) {
            throw node.problem("must list the values 0, 1, 2, 3 and na, in that order; the rating scale is fixed "
                    + "by the tool");
        }
    }

    private List<Framework.Domain> domains(YamlNode node, Set<String> referenceIds) {
        var domains = new ArrayList<Framework.Domain>();
        var areaCodes = new HashSet<String>();
        var statementCodes = new HashSet<String>();
        var scenarioIds = new HashSet<String>();
        for (var item : node.items()) {
            item.onlyFields("code", "title", "summary", "modules", "statements", "scenarios");
            var codeNode = item.field("code");
            var code = codeNode.text();
            if (!AREA_CODE.matcher(code).matches()) {
                throw codeNode.problem("must be a single capital letter" + codeNode.valueShown());
            }
            if (!areaCodes.add(code)) {
                throw codeNode.problem("repeats area code '" + code + "'");
            }
            var title = item.field("title").text();
            var summary = item.field("summary").text();
            var modules = modules(item.field("modules"));
            var statements = statements(item.field("statements"), code, referenceIds, statementCodes);
            var scenarios = scenarios(item.field("scenarios"), code, scenarioIds);
            domains.add(new Framework.Domain(code, title, summary, modules, statements, scenarios));
        }
        if (domains.isEmpty()) {
            throw node.problem("is empty; the framework needs at least one area");
        }
        return List.copyOf(domains);
    }

    private List<String> modules(YamlNode node) {
        var modules = new ArrayList<String>();
        for (var item : node.items()) {
            var slug = item.text();
            if (!SLUG.matcher(slug).matches() || !moduleExists.test(slug)) {
                throw item.problem("names no module folder '" + slug + "' in modules/");
            }
            modules.add(slug);
        }
        if (modules.isEmpty()) {
            throw node.problem("is empty; name at least one module that builds this area");
        }
        return List.copyOf(modules);
    }

    private List<Framework.Statement> statements(YamlNode node, String area, Set<String> referenceIds,
                                                 Set<String> codes) {
        var statements = new ArrayList<Framework.Statement>();
        for (var item : node.items()) {
            item.onlyFields("code", "text", "source", "pcf");
            var codeNode = item.field("code");
            var code = codeNode.text();
            if (!code.matches(area + "[0-9]{1,2}")) {
                throw codeNode.problem("must be the area's letter and a number, such as " + area + "1"
                        + codeNode.valueShown());
            }
            if (!codes.add(code)) {
                throw codeNode.problem("repeats statement code '" + code + "'");
            }
            var text = item.field("text").text();
            var sourceNode = item.field("source");
            var source = sourceNode.text();
            if (!referenceIds.contains(source)) {
                throw sourceNode.problem("names no reference '" + source + "'; use an id from references");
            }
            var pcf = stored ? item.optionalField("pcf").map(FrameworkReader::pcf).orElse(List.of())
                    : pcf(item.field("pcf"));
            statements.add(new Framework.Statement(code, text, source, pcf));
        }
        if (statements.isEmpty()) {
            throw node.problem("is empty; an area needs at least one statement");
        }
        return List.copyOf(statements);
    }

    /** A statement's PCF domains: the numbers 1 to 9 of the Professional Capabilities Framework, at least one. */
    private static List<PcfDomain> pcf(YamlNode node) {
        var domains = new ArrayList<PcfDomain>();
        for (var item : node.items()) {
            var number = item.wholeNumber();
            var domain = PcfDomain.numbered(number).orElseThrow(() ->
                    item.problem("must be a PCF domain from 1 to 9, not " + number));
            if (domains.contains(domain)) {
                throw item.problem("repeats PCF domain " + number);
            }
            domains.add(domain);
        }
        if (domains.isEmpty()) {
            throw node.problem("is empty; name at least one PCF domain, from 1 to 9");
        }
        return List.copyOf(domains);
    }

    private List<Framework.Scenario> scenarios(YamlNode node, String area, Set<String> ids) {
        var scenarios = new ArrayList<Framework.Scenario>();
        for (var item : node.items()) {
            item.onlyFields("id", "text", "options");
            var idNode = item.field("id");
            var id = idNode.text();
            if (!id.matches(area + "-s[0-9]{1,2}")) {
                throw idNode.problem("must be the area's letter, '-s' and a number, such as " + area + "-s1"
                        + idNode.valueShown());
            }
            if (!ids.add(id)) {
                throw idNode.problem("repeats scenario id '" + id + "'");
            }
            var text = item.field("text").text();
            scenarios.add(new Framework.Scenario(id, text, scenarioOptions(item.field("options"))));
        }
        var least = stored ? 1 : SCENARIOS_PER_AREA;
        if (scenarios.size() < least) {
            throw node.problem("has " + scenarios.size() + (scenarios.size() == 1 ? " scenario" : " scenarios")
                    + "; an area needs at least " + least);
        }
        return List.copyOf(scenarios);
    }

    private static List<Framework.ScenarioOption> scenarioOptions(YamlNode node) {
        var options = node.items().stream().map(option -> {
            option.onlyFields("text", "correct", "feedback");
            return new Framework.ScenarioOption(option.field("text").text(),
                    option.optionalField("correct").map(YamlNode::flag).orElse(false),
                    option.field("feedback").text());
        }).toList();
        if (options.size() < 3 || options.size() > 4) {
            throw node.problem("has " + options.size() + " options; a scenario needs 3 or 4");
        }
        var correct = options.stream().filter(Framework.ScenarioOption::correct).count();
        if (correct != 1) {
            throw node.problem(correct == 0 ? "has no correct option; mark one with 'correct: true'"
                    : "has " + correct + " correct options; a scenario needs exactly one");
        }
        return options;
    }

    private static List<Framework.PracticeQuestion> yourPractice(YamlNode node) {
        var questions = new ArrayList<Framework.PracticeQuestion>();
        var ids = new HashSet<String>();
        for (var item : node.items()) {
            item.onlyFields("id", "question", "hint", "options", "other_prompt");
            var idNode = item.field("id");
            var id = idNode.text();
            if (!SLUG.matcher(id).matches()) {
                throw idNode.problem("must be lower-case letters, digits and hyphens" + idNode.valueShown());
            }
            if (!ids.add(id)) {
                throw idNode.problem("repeats question id '" + id + "'");
            }
            questions.add(new Framework.PracticeQuestion(id, item.field("question").text(), item.field("hint").text(),
                    practiceOptions(item.field("options")), item.optionalField("other_prompt").map(YamlNode::text)));
        }
        return List.copyOf(questions);
    }

    private static List<Framework.PracticeOption> practiceOptions(YamlNode node) {
        var options = new ArrayList<Framework.PracticeOption>();
        var ids = new HashSet<String>();
        for (var item : node.items()) {
            item.onlyFields("id", "text");
            var idNode = item.field("id");
            var id = idNode.text();
            if (!SLUG.matcher(id).matches()) {
                throw idNode.problem("must be lower-case letters, digits and hyphens" + idNode.valueShown());
            }
            if (!ids.add(id)) {
                throw idNode.problem("repeats option id '" + id + "' in this question");
            }
            options.add(new Framework.PracticeOption(id, item.field("text").text()));
        }
        if (options.size() < 2) {
            throw node.problem("has " + options.size() + " option(s); a question needs at least 2");
        }
        return List.copyOf(options);
    }
}
