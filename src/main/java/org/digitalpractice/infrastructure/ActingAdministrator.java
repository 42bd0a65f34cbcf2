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

    public void signedIn(String username, String fullName) {
        this.name = username;
        this.fullName = fullName;
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
