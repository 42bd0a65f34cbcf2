package org.digitalpractice.pulse;

import org.digitalpractice.infrastructure.Clocks;
import org.digitalpractice.infrastructure.Problem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar quarter in UK time: January to March is Q1. A response belongs to the quarter in which it was given, as
 * a council's workforce board reports by quarter; a response given at 00:30 on 1 April in London (23:30 on 31 March
 * UTC) is in Q2.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");
    /** The earliest quarter a lead may ask for: nothing older can hold a response, and it bounds the parameter. */
    static final Quarter EARLIEST = new Quarter(2000, 1);

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(Instant instant) {
        return of(LocalDate.ofInstant(instant, Clocks.UK));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter current(Clock clock) {
        return of(clock.instant());
    }

    /** The quarter a code such as "2026-Q2" names; empty for anything else. */
    public static Optional<Quarter> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var matcher = CODE.matcher(code.strip());
        return matcher.matches() ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)))) : Optional.empty();
    }

    /**
     * The quarter a page's {@code ?quarter=} names: the current one when none is named. A value that is not a quarter
     * is refused (400); a quarter that has not started, or is older than any response can be, is not found (404).
     */
    public static Quarter fromParameter(String parameter, Quarter current) {
        if (parameter == null || parameter.isBlank()) {
            return current;
        }
        var quarter = parse(parameter).orElseThrow(() -> Problem.badRequest("'" + parameter.strip()
                + "' is not a quarter: write a year and a quarter number from 1 to 4, such as " + current.code() + ".",
                "Choose a quarter from the list on the page."));
        if (quarter.isAfter(current) || EARLIEST.isAfter(quarter)) {
            throw Problem.notFound("There is no practice pulse for " + quarter.label() + ": "
                    + (quarter.isAfter(current) ? "that quarter has not started yet." : "it is before any pulse."));
        }
        return quarter;
    }

    /** As stored and as parameters carry it: "2026-Q2". */
    public String code() {
        return year + "-Q" + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(Clocks.UK).toInstant();
    }

    /** The first instant after the quarter. */
    public Instant end() {
        return next().start();
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** For people: "April to June 2026". */
    public String label() {
        return month(firstDay().getMonth()) + " to " + month(lastDay().getMonth()) + " " + year;
    }

    private static String month(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return code();
    }
}
