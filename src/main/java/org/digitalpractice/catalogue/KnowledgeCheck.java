package org.digitalpractice.catalogue;

import java.util.List;

/** The questions at the end of a module; the module's pass mark applies to them. */
public record KnowledgeCheck(List<Question> questions) {
}
