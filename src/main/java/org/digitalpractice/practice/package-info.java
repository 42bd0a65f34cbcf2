/**
 * The built-in practice platform: the PLATFORM side of LTI 1.3, so that anyone can try every role of the tool in a
 * browser without a real learning platform, and so that end-to-end tests have a real platform to talk to. It has
 * its own keys, OIDC authorisation endpoint and pages, and reaches the tool only over HTTP; the tool trusts it only
 * through its registration file and signatures. Each practice council behaves like a real platform, its
 * {@link org.digitalpractice.practice.PlatformProfile} (see docs/platforms.md), so that tests meet the rules real
 * platforms enforce. Off unless DP_PRACTICE_ENABLED is true ({@code PracticeOnly}, {@code PracticeSwitch}).
 *
 * <p>This package is the platform's state and rules: its councils and their profiles, the directory of pretend
 * people, keys, access tokens, links, gradebook, roster, Dynamic Registrations and launch hints, and the faults
 * tests ask it to show (through {@code PracticeControlResource}). What the tool calls is in
 * {@code practice.services}; what a person's browser sees is in {@code practice.pages}. Both use this package and
 * never each other. Nothing outside {@code practice} imports any of it.
 */
package org.digitalpractice.practice;
