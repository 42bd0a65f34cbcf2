package org.digitalpractice.web;

/** The model of the error page. */
public record ProblemView(Layout layout, String title, String detail, String nextStep, String correlationId) {
}
