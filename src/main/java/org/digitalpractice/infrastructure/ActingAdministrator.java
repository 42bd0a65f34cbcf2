package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is acting as an administrator in this request, for the audit log and the privacy log: the console's
 * signed-in administrator by their sign-in name, or the administration API, whose one token names nobody.
 */
@RequestScoped
public class ActingAdministrator {

    /** What the logs say for a call with DP_ADMIN_TOKEN: the token is the installation's, not a person's. */
    public static final String API = "administration API";

    private String name = API;
    private String fullName;
    private String action;

    public void signedIn(String username, String fullName) {
        this.name = username;
        this.fullName = fullName;
    }

    /**
     * What the action did, in words, when its {@link Audited} words cannot say it (whom an administrator added):
     * the audit log records this instead.
     */
    public void did(String action) {
        this.action = action;
    }

    public java.util.Optional<String> action() {
        return java.util.Optional.ofNullable(action);
    }

    /** The sign-in name, or {@link #API}: at most 64 characters, as the privacy log keeps it. */
    public String name() {
        return name;
    }

    /** As the audit log shows who acted: "Ann Smith (ann)", or the administration API. */
    public String described() {
        return fullName == null ? name : fullName + " (" + name + ")";
    }
}
