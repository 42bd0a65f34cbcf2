package org.digitalpractice.admin.signin;

import java.util.List;

/**
 * The frame of a console page ({@code admin/frame.jte}): its title, who is signed in, the CSRF token its forms
 * carry, and which part of the console it belongs to. Without an administrator it is the frame of the sign-in
 * and setup pages.
 */
public record ConsoleLayout(String title, String administrator, String csrfToken, String section) {

    /** The parts of the console, as its navigation lists them. */
    public record Section(String key, String label, String href) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("overview", "Overview", "/admin/console"),
            new Section("registrations", "Registrations", "/admin/console/registrations"),
            new Section("deployments", "Councils", "/admin/console/deployments"),
            new Section("keys", "Keys", "/admin/console/keys"),
            new Section("gradebook", "Gradebook", "/admin/console/gradebook"),
            new Section("rosters", "Rosters", "/admin/console/rosters"),
            new Section("content", "Content", "/admin/console/content"),
            new Section("people", "People", "/admin/console/people"),
            new Section("audit", "Audit log", "/admin/console/audit"),
            new Section("privacy", "Privacy log", "/admin/console/privacy-log"),
            new Section("administrators", "Administrators", "/admin/console/administrators"));

    public static ConsoleLayout signedOut(String title, String csrfToken) {
        return new ConsoleLayout(title, null, csrfToken, null);
    }

    public boolean signedIn() {
        return administrator != null;
    }

    public List<Section> sections() {
        return SECTIONS;
    }

    public boolean current(Section candidate) {
        return candidate.key().equals(section);
    }

    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'at' HH:mm:ss", java.util.Locale.UK).withZone(org.digitalpractice.web.Dates.UK);

    /** A moment as the console shows it, to the second and in UK time: "26 November 2026 at 14:05:09". */
    public static String at(java.time.Instant instant) {
        return instant == null ? "never" : AT.format(instant);
    }
}
