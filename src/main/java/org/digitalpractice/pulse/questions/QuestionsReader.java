package org.digitalpractice.pulse.questions;

import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.versions.ModuleLibrary;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.YamlNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads {@code pulse/questions.yaml} into {@link PulseQuestions}, checking every rule in the file's header comment.
 * The first problem found is thrown as a {@link ModuleProblem} naming the file, line and field, as module problems
 * are, so trainers read both the same way.
 */
public class QuestionsReader {

    /** The questions' file, relative to the modules folder. */
    public static final String FILE = "pulse/questions.yaml";

    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int TITLE_LIMIT = 60;
    static final int INTRODUCTION_LIMIT = 1500;
    static final int ID_LIMIT = 40;
    static final int QUESTION_LIMIT = 200;
    static final int HINT_LIMIT = 300;
    static final int OPTION_LIMIT = 70;
    static final int FREE_TEXT_LABEL_LIMIT = 120;
    static final int MOST_QUESTIONS = 12;
    static final int MOST_OPTIONS = 15;
    /** The pulse is promised as a five-minute survey on the learner's home page. */
    static final int MOST_MINUTES = 5;

    private final Predicate<String> moduleExists;

    private QuestionsReader(Predicate<String> moduleExists) {
        this.moduleExists = moduleExists;
    }

    /** For the file being loaded now: every module an option names must be a module's folder beside it. */
    public static QuestionsReader checkingModulesIn(Path modulesDir) {
        return new QuestionsReader(slug -> ModuleLibrary.holdsModule(modulesDir, slug));
    }

    /**
     * For a version stored earlier: its modules were checked when it was loaded, and a module removed since must not
     * make the responses given on it unreadable.
     */
    public static QuestionsReader forStoredVersion() {
        return new QuestionsReader(slug -> true);
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

    public PulseQuestions read(String text) {
        var root = YamlNode.parse(FILE, text).onlyFields("title", "minutes", "introduction", "questions");
        var title = root.field("title").text(TITLE_LIMIT);
        var minutesNode = root.field("minutes");
        var minutes = minutesNode.wholeNumber();
        if (minutes < 1 || minutes > MOST_MINUTES) {
            throw minutesNode.problem("must be from 1 to " + MOST_MINUTES + ", not " + minutes
                    + "; the pulse is offered as a survey of under five minutes");
        }
        var introduction = Markdown.html(root.field("introduction").text(INTRODUCTION_LIMIT));
        return new PulseQuestions(title, minutes, introduction, questions(root.field("questions")));
    }

    private List<PulseQuestions.Question> questions(YamlNode node) {
        var items = node.items();
        if (items.isEmpty()) {
            throw node.problem("is empty; the pulse needs at least one question");
        }
        if (items.size() > MOST_QUESTIONS) {
            throw node.problem("has " + items.size() + " questions; keep it to " + MOST_QUESTIONS
                    + " at most, so that it takes under five minutes");
        }
        var questions = new ArrayList<PulseQuestions.Question>();
        var ids = new HashSet<String>();
        YamlNode supportNode = null;
        for (var item : items) {
            item.onlyFields("id", "type", "question", "hint", "at_most", "support", "options");
            var id = id(item.field("id"), ids, "question");
            var typeNode = item.field("type");
            var type = switch (typeNode.text()) {
                case "single" -> PulseQuestions.Type.SINGLE;
                case "multiple" -> PulseQuestions.Type.MULTIPLE;
                default -> throw typeNode.problem("must be single or multiple" + typeNode.valueShown());
            };
            var text = item.field("question").text(QUESTION_LIMIT);
            var hint = item.optionalField("hint").map(h -> h.text(HINT_LIMIT));
            var support = item.optionalField("support").map(YamlNode::flag).orElse(false);
            if (support) {
                if (supportNode != null) {
                    throw item.field("support").problem("is true on a second question; exactly one question asks "
                            + "what support people want (the first is at line " + supportNode.line() + ")");
                }
                supportNode = item.field("support");
            }
            var options = options(item.field("options"), type);
            var atMost = atMost(item, type, options.size());
            questions.add(new PulseQuestions.Question(id, type, text, hint, atMost, support, options));
        }
        if (supportNode == null) {
            throw node.problem("has no question with 'support: true'; mark the question that asks what support "
                    + "people want, which leads and trainers see as the support most asked for");
        }
        return List.copyOf(questions);
    }

    private static OptionalInt atMost(YamlNode item, PulseQuestions.Type type, int options) {
        var node = item.optionalField("at_most");
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        if (type != PulseQuestions.Type.MULTIPLE) {
            throw node.get().problem("is only for multiple questions; a single question takes one option anyway");
        }
        var most = node.get().wholeNumber();
        if (most < 1 || most >= options) {
            throw node.get().problem("must be from 1 to " + (options - 1) + " (fewer than the question's "
                    + options + " options), not " + most);
        }
        return OptionalInt.of(most);
    }

    private List<PulseQuestions.Option> options(YamlNode node, PulseQuestions.Type type) {
        var items = node.items();
        if (items.size() < 2 || items.size() > MOST_OPTIONS) {
            throw node.problem("has " + items.size() + (items.size() == 1 ? " option" : " options")
                    + "; a question needs 2 to " + MOST_OPTIONS);
        }
        var options = new ArrayList<PulseQuestions.Option>();
        var ids = new HashSet<String>();
        YamlNode freeTextNode = null;
        for (var item : items) {
            item.onlyFields("id", "text", "exclusive", "modules", "free_text");
            var id = id(item.field("id"), ids, "option");
            var text = item.field("text").text(OPTION_LIMIT);
            var exclusive = item.optionalField("exclusive").map(YamlNode::flag).orElse(false);
            if (exclusive && type != PulseQuestions.Type.MULTIPLE) {
                throw item.field("exclusive").problem("is only for multiple questions; the options of a single "
                        + "question already exclude each other");
            }
            var modules = item.optionalField("modules").map(this::modules).orElse(List.of());
            var freeText = item.optionalField("free_text").map(f -> f.text(FREE_TEXT_LABEL_LIMIT));
            if (freeText.isPresent()) {
                if (freeTextNode != null) {
                    throw item.field("free_text").problem("is on a second option of this question; at most one "
                            + "option of a question has a box for the learner's own words (the first is at line "
                            + freeTextNode.line() + ")");
                }
                freeTextNode = item.field("free_text");
            }
            options.add(new PulseQuestions.Option(id, text, exclusive, modules, freeText));
        }
        if (options.stream().allMatch(PulseQuestions.Option::exclusive)) {
            throw node.problem("has only exclusive options; at least one option must be one that can be chosen "
                    + "with others");
        }
        return List.copyOf(options);
    }

    private static String id(YamlNode node, HashSet<String> ids, String what) {
        var id = node.text();
        if (!ID.matcher(id).matches() || id.length() > ID_LIMIT) {
            throw node.problem("must be lower-case letters, digits and hyphens, up to " + ID_LIMIT + " characters"
                    + node.valueShown());
        }
        if (!ids.add(id)) {
            throw node.problem("repeats " + what + " id '" + id + "'" + (what.equals("option") ? " in this question"
                    : ""));
        }
        return id;
    }

    private List<String> modules(YamlNode node) {
        var modules = new ArrayList<String>();
        for (var item : node.items()) {
            var slug = item.text();
            if (!ID.matcher(slug).matches() || !moduleExists.test(slug)) {
                throw item.problem("names no module folder '" + slug + "' in modules/");
            }
            if (modules.contains(slug)) {
                throw item.problem("repeats module '" + slug + "'");
            }
            modules.add(slug);
        }
        if (modules.isEmpty()) {
            throw node.problem("is empty; leave it out, or name the modules that meet this need");
        }
        return List.copyOf(modules);
    }
}
