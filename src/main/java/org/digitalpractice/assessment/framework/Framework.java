package org.digitalpractice.assessment.framework;

import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.catalogue.Reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One version of the capability framework: areas (domains) of statements to rate and scenarios to answer, the
 * optional "your practice" questions, and the sources the statements cite.
 */
public record Framework(String title, String introductionHtml, List<Domain> domains,
                        List<PracticeQuestion> yourPractice, List<Reference> references) {

    /** An area of capability, such as "A Professional identity online", and the modules that build it. */
    public record Domain(String code, String title, String summary, List<String> modules, List<Statement> statements,
                         List<Scenario> scenarios) {

        /** The PCF domains its statements build, each once, in the PCF's order. */
        public List<PcfDomain> pcfDomains() {
            return statements.stream().flatMap(s -> s.pcf().stream()).distinct()
                    .sorted(Comparator.comparingInt(PcfDomain::number)).toList();
        }
    }

    /**
     * Good practice the learner rates themselves against, citing a reference by id, with the PCF domains it belongs
     * to. Versions stored before statements were mapped to the PCF have none.
     */
    public record Statement(String code, String text, String source, List<PcfDomain> pcf) {
    }

    /** A short situation with one right option, to set beside the learner's own ratings. */
    public record Scenario(String id, String text, List<ScenarioOption> options) {
        public int correctOption() {
            return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).findFirst().orElseThrow();
        }
    }

    public record ScenarioOption(String text, boolean correct, String feedback) {
    }

    /** An optional question about how the learner works now, answered with checkboxes and free text. */
    public record PracticeQuestion(String id, String question, String hint, List<PracticeOption> options,
                                   Optional<String> otherPrompt) {
        public Optional<PracticeOption> option(String id) {
            return options.stream().filter(o -> o.id().equals(id)).findFirst();
        }
    }

    public record PracticeOption(String id, String text) {
    }

    public Optional<Domain> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public int statementCount() {
        return domains.stream().mapToInt(d -> d.statements().size()).sum();
    }

    public int scenarioCount() {
        return domains.stream().mapToInt(d -> d.scenarios().size()).sum();
    }

    /** How long taking it takes, as trainers see it when they place it and learners read in its introduction. */
    public int minutes() {
        return minutes(statementCount(), scenarioCount());
    }

    /**
     * About one minute a statement and two a scenario, what people took in the practice runs, rounded up to five
     * minutes (an estimate, not a timing) and never under ten.
     */
    static int minutes(int statements, int scenarios) {
        var minutes = statements + 2 * scenarios;
        return Math.max(10, (minutes + 4) / 5 * 5);
    }

    public Optional<Reference> reference(String id) {
        return references.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
