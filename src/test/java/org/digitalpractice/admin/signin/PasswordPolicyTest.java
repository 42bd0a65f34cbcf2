package org.digitalpractice.admin.signin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    static final PasswordPolicy POLICY = PasswordPolicy.standard();

    static Optional<String> problem(String password) {
        return POLICY.problem(password, "ann.smith");
    }

    @Test
    void threeRandomWordsAreAccepted() {
        assertEquals(Optional.empty(), problem("window kettle ferry"));
    }

    @Test
    void lengthMattersNotTheMixOfCharacters() {
        assertEquals(Optional.empty(), problem("allsmallletterswithoutdigits"));
    }

    @Test
    void refusesAnEmptyPassword() {
        assertEquals(Optional.of("Enter a password"), problem(""));
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertEquals(Optional.of("Password must be 12 characters or more"), problem("Tr0ub4dor&3"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertEquals(Optional.empty(), problem("ééééé ferry ö"));
    }

    @Test
    void refusesMoreThan128Characters() {
        assertEquals(Optional.of("Password must be 128 characters or fewer"), problem("kettle ".repeat(19)));
    }

    @Test
    void refusesACommonPasswordOfTwelveCharactersOrMore() {
        assertTrue(problem("qwertyuiop123").orElseThrow().startsWith("Password is too common"));
        assertTrue(problem("1qaz2wsx3edc").orElseThrow().startsWith("Password is too common"));
    }

    @Test
    void refusesACommonWordWithDigitsAndSymbolsAddedAtEitherEnd() {
        assertTrue(problem("Password123456!").orElseThrow().startsWith("Password is too common"));
        assertTrue(problem("2024!sunshine2024").orElseThrow().startsWith("Password is too common"));
    }

    @Test
    void refusesTheToolsOwnName() {
        assertTrue(problem("DigitalPractice2026").orElseThrow().startsWith("Password is too common"));
    }

    @Test
    void refusesOneCharacterRepeatedOrARun() {
        assertTrue(problem("aaaaaaaaaaaaaaa").orElseThrow().startsWith("Password is too common"));
        assertTrue(problem("abcdefghijklmn").orElseThrow().startsWith("Password is too common"));
        assertTrue(problem("zyxwvutsrqponm").orElseThrow().startsWith("Password is too common"));
    }

    @Test
    void refusesAPasswordHoldingTheUsername() {
        assertEquals(Optional.of("Password must not contain your username"), problem("Ann.Smith kettle ferry"));
    }
}
