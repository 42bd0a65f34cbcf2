package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long each thing a trainer types may be, so that no page a learner opens breaks (a 100,000-character summary
 * once made every learner's home page a million pixels wide), and the images every part must describe. Checked on
 * every draft, whichever way it was changed: forms, YAML, import. Not in the module reader, because versions stored
 * before these limits must still open for the learners who started them.
 */
public final class Limits {

    public static final int TITLE = ModuleReader.TITLE_LIMIT;
    public static final int SUMMARY = ModuleReader.SUMMARY_LIMIT;
    public static final int OUTCOME = ModuleReader.OUTCOME_LIMIT;
    public static final int REFLECTION = ModuleReader.REFLECTION_LIMIT;
    public static final int REFERENCE_TITLE = ModuleReader.REFERENCE_LIMIT;
    public static final int REFERENCE_PUBLISHER = 200;
    public static final int REFERENCE_URL = 500;
    public static final int MINUTES = 600;
    /** A lesson's guide is 300 to 700 words; past this it is too long to read in one sitting. */
    public static final int LESSON_WORDS = 1_000;
    public static final int LESSON_WORDS_FROM = 300;
    public static final int LESSON_WORDS_TO = 700;
    public static final int LESSON_TITLE = 100;
    public static final int QUESTION = 500;
    public static final int OPTION = 300;
    public static final int OPTION_FEEDBACK = 600;
    public static final int SCENARIO_TITLE = 100;
    public static final int INTRODUCTION = 2_000;
    public static final int CONCLUSION = 2_000;
    public static final int SITUATION = 1_500;
    public static final int STEP_ID = 40;
    public static final int CHOICE = 300;
    public static final int CHOICE_FEEDBACK = 800;
    public static final int CONSEQUENCE = 600;

    private Limits() {
    }

    /** Every limit the draft passes and every image it leaves undescribed, as problems on their fields. */
    public static List<ModuleProblem> of(String slug, ModuleFiles files, TrainingModule module) {
        var problems = new ArrayList<ModuleProblem>();
        for (var lesson : module.lessons()) {
            var file = slug + "/lessons/" + lesson.fileName();
            if (lesson.title().length() > LESSON_TITLE) {
                problems.add(ModuleProblem.inFile(file, "has a title of " + lesson.title().length()
                        + " characters; a lesson's title must be " + LESSON_TITLE + " characters or fewer"));
            }
            if (lesson.wordCount() > LESSON_WORDS) {
                problems.add(ModuleProblem.inFile(file, "has " + lesson.wordCount() + " words; a lesson must be "
                        + LESSON_WORDS + " words or fewer (aim for " + LESSON_WORDS_FROM + " to " + LESSON_WORDS_TO
                        + "): split it into two lessons"));
            }
            undescribed(problems, file, null, lesson.markdown());
        }
        var check = slug + "/check.yaml";
        for (int q = 0; q < module.check().questions().size(); q++) {
            var question = module.check().questions().get(q);
            var at = "questions[" + q + "]";
            longer(problems, check, at + ".text", question.text(), QUESTION);
            for (int o = 0; o < question.options().size(); o++) {
                var option = question.options().get(o);
                longer(problems, check, at + ".options[" + o + "].text", option.text(), OPTION);
                longer(problems, check, at + ".options[" + o + "].feedback", option.feedback(), OPTION_FEEDBACK);
            }
        }
        var scenario = module.scenario();
        var file = slug + "/scenario.yaml";
        longer(problems, file, "title", scenario.title(), SCENARIO_TITLE);
        longer(problems, file, "introduction", text(scenario.introductionHtml()), INTRODUCTION);
        longer(problems, file, "conclusion", text(scenario.conclusionHtml()), CONCLUSION);
        for (int s = 0; s < scenario.steps().size(); s++) {
            var step = scenario.steps().get(s);
            var at = "steps[" + s + "]";
            longer(problems, file, at + ".id", step.id(), STEP_ID);
            longer(problems, file, at + ".situation", text(step.situationHtml()), SITUATION);
            for (int c = 0; c < step.choices().size(); c++) {
                var choice = step.choices().get(c);
                var in = at + ".choices[" + c + "].";
                longer(problems, file, in + "text", choice.text(), CHOICE);
                longer(problems, file, in + "feedback", choice.feedback(), CHOICE_FEEDBACK);
                longer(problems, file, in + "consequence", choice.consequence(), CONSEQUENCE);
            }
        }
        scenarioImages(problems, file, files);
        var details = slug + "/module.yaml";
        if (module.minutes() > MINUTES) {
            problems.add(ModuleProblem.atField(details, "minutes", "must be " + MINUTES + " or fewer"));
        }
        for (int r = 0; r < module.references().size(); r++) {
            var reference = module.references().get(r);
            longer(problems, details, "references[" + r + "].publisher", reference.publisher(), REFERENCE_PUBLISHER);
            longer(problems, details, "references[" + r + "].url", reference.url().toString(), REFERENCE_URL);
        }
        return List.copyOf(problems);
    }

    private static void longer(List<ModuleProblem> problems, String file, String field, String text, int limit) {
        if (text.length() > limit) {
            problems.add(ModuleProblem.atField(file, field, "is " + text.length() + " characters long; it must be "
                    + limit + " characters or fewer"));
        }
    }

    private static void undescribed(List<ModuleProblem> problems, String file, String field, String markdown) {
        for (var image : Markdown.undescribedImages(markdown)) {
            var problem = "has " + (image.equals("an image") ? "an image" : "the image " + image) + " with no alt "
                    + "text: describe it for people who cannot see it, as ![what it shows](address)";
            problems.add(field == null ? ModuleProblem.inFile(file, problem) : ModuleProblem.atField(file, field, problem));
        }
    }

    /** The scenario's Markdown as typed: the module holds it rendered, with such images already left out. */
    private static void scenarioImages(List<ModuleProblem> problems, String file, ModuleFiles files) {
        if (!(new Yaml(new SafeConstructor(new LoaderOptions())).load(files.text("scenario.yaml", file))
                instanceof Map<?, ?> scenario)) {
            return;
        }
        undescribed(problems, file, "introduction", String.valueOf(scenario.get("introduction")));
        undescribed(problems, file, "conclusion", String.valueOf(scenario.get("conclusion")));
        if (scenario.get("steps") instanceof List<?> steps) {
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s) instanceof Map<?, ?> step) {
                    undescribed(problems, file, "steps[" + s + "].situation", String.valueOf(step.get("situation")));
                }
            }
        }
    }

    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
