/**
 * Editing a draft part by part in forms a trainer needs no technical skill for: the details, each lesson, the
 * knowledge check question by question and the scenario step by step (each also as YAML for experts). Every field
 * has a limit; a save checks every field and shows every error at once, then is checked by the module reader as the
 * files in {@code modules/} are.
 */
package org.digitalpractice.catalogue.authoring.forms;
