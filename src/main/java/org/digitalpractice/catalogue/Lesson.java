package org.digitalpractice.catalogue;

/**
 * One lesson file. {@code html} is the body without the title, rendered, sanitised and styled for GOV.UK Frontend;
 * the page shows {@code title} as its h1.
 */
public record Lesson(int number, String fileName, String title, String markdown, String html, int wordCount) {
}
