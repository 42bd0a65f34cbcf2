package org.digitalpractice.admin.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A new administrator as a form sends it, for the setup page and for adding one in the console, checked with
 * GOV.UK's messages. Only what was typed into the name fields is kept to show again; never a password.
 */
public record NewAdministratorForm(String username, String fullName, String password, String confirmation) {

    public static final int LONGEST_USERNAME = 64;
    public static final int LONGEST_FULL_NAME = 100;

    public static NewAdministratorForm of(String username, String fullName, String password, String confirmation) {
        return new NewAdministratorForm(username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                fullName == null ? "" : fullName.strip(), password == null ? "" : password,
                confirmation == null ? "" : confirmation);
    }

    public static NewAdministratorForm empty() {
        return new NewAdministratorForm("", "", "", "");
    }

    public List<FieldError> errors(PasswordPolicy policy) {
        var errors = new ArrayList<FieldError>();
        if (fullName.isEmpty()) {
            errors.add(new FieldError("full-name", "Enter the administrator's full name"));
        } else if (fullName.length() > LONGEST_FULL_NAME) {
            errors.add(new FieldError("full-name", "Full name must be " + LONGEST_FULL_NAME + " characters or fewer"));
        } else if (fullName.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("full-name", "Full name must be letters, spaces and punctuation only"));
        }
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter a username"));
        } else if (username.length() > LONGEST_USERNAME) {
            errors.add(new FieldError("username", "Username must be " + LONGEST_USERNAME + " characters or fewer"));
        } else if (username.length() < 3 || !username.matches("[a-z0-9._@-]+")) {
            errors.add(new FieldError("username", "Username must be 3 characters or more, and only letters, numbers, "
                    + "full stops, hyphens, underscores and @"));
        }
        policy.problem(password, username).ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (!password.isEmpty() && !password.equals(confirmation)) {
            errors.add(new FieldError("confirmation", "Enter the same password twice"));
        }
        return errors;
    }

    /** What is safe to show again on a form with errors: the passwords are always typed again. */
    public NewAdministratorForm withoutPasswords() {
        return new NewAdministratorForm(username, fullName, "", "");
    }
}
