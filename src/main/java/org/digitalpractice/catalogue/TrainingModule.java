package org.digitalpractice.catalogue;

import java.util.List;

/**
 * One module as read from {@code modules/<slug>/}. {@code contentHash} changes whenever any file of the folder
 * changes, so it identifies the version a learner started.
 */
public record TrainingModule(
        String slug,
        String title,
        String summary,
        int minutes,
        Audience audience,
        List<Integer> pcfDomains,
        int passMark,
        List<String> outcomes,
        String reflectionPrompt,
        List<Reference> references,
        List<Lesson> lessons,
        Scenario scenario,
        KnowledgeCheck check,
        java.util.Optional<ModuleReview> review,
        String contentHash) {
}
