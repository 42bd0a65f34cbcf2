package org.digitalpractice.admin.signin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewAdministratorFormTest {

    static List<String> fieldsWithErrors(NewAdministratorForm form) {
        return form.errors(PasswordPolicy.standard()).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteFormHasNoErrors() {
        var form = NewAdministratorForm.of(" Ann.Smith ", " Ann Smith ", "window kettle ferry", "window kettle ferry");
        assertEquals(List.of(), fieldsWithErrors(form));
        assertEquals("ann.smith", form.username());
        assertEquals("Ann Smith", form.fullName());
    }

    @Test
    void anEmptyFormSaysWhatToEnter() {
        var errors = NewAdministratorForm.of(null, null, null, null).errors(PasswordPolicy.standard());
        assertEquals(List.of("Enter the administrator's full name", "Enter a username", "Enter a password"),
                errors.stream().map(FieldError::message).toList());
    }

    @Test
    void refusesAFullNameOverItsLimit() {
        var form = NewAdministratorForm.of("ann", "A".repeat(101), "window kettle ferry", "window kettle ferry");
        assertEquals(List.of(new FieldError("full-name", "Full name must be 100 characters or fewer")),
                form.errors(PasswordPolicy.standard()));
    }

    @Test
    void refusesAUsernameOverItsLimitOrWithOtherCharacters() {
        assertEquals(List.of("username"), fieldsWithErrors(NewAdministratorForm.of("a".repeat(65), "Ann",
                "window kettle ferry", "window kettle ferry")));
        assertEquals(List.of("username"), fieldsWithErrors(NewAdministratorForm.of("ann smith", "Ann",
                "window kettle ferry", "window kettle ferry")));
        assertEquals(List.of("username"), fieldsWithErrors(NewAdministratorForm.of("an", "Ann",
                "window kettle ferry", "window kettle ferry")));
    }

    @Test
    void refusesPasswordsThatDiffer() {
        assertEquals(List.of("confirmation"), fieldsWithErrors(NewAdministratorForm.of("ann", "Ann",
                "window kettle ferry", "window kettle ferr")));
    }

    @Test
    void neverShowsAPasswordAgain() {
        var shown = NewAdministratorForm.of("ann", "Ann", "window kettle ferry", "x").withoutPasswords();
        assertEquals("", shown.password());
        assertEquals("", shown.confirmation());
        assertEquals("ann", shown.username());
    }
}
