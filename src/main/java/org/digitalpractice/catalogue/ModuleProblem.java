package org.digitalpractice.catalogue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a module folder (or the self-assessment framework) cannot be loaded, in words a trainer can act on: the file
 * (relative to {@code modules/}), the line and the field where known, and what is wrong.
 */
public class ModuleProblem extends RuntimeException {

    private final String file;
    private final Integer line;
    private final String field;
    private final String problem;

    ModuleProblem(String file, Integer line, String field, String problem) {
        super(file + (line == null ? "" : " line " + line) + ": "
                + (field == null ? "" : "field '" + field + "' ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public static ModuleProblem inFile(String file, String problem) {
        return new ModuleProblem(file, null, null, problem);
    }

    /** A problem with one field of a file, such as {@code questions[2].text}, found after the file was read. */
    public static ModuleProblem atField(String file, String field, String problem) {
        return new ModuleProblem(file, null, field, problem);
    }

    static ModuleProblem atLine(String file, int line, String problem) {
        return new ModuleProblem(file, line, null, problem);
    }

    public String file() {
        return file;
    }

    public OptionalInt line() {
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String problem() {
        return problem;
    }
}
