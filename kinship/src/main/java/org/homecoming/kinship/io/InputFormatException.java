package org.homecoming.kinship.io;

import java.util.Optional;

/**
 * Bad input in a file: names the file, the line (1-based) and the problem, so that a user can go
 * straight to it. The message reads {@code FILE:LINE: problem}.
 */
public class InputFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String problem;

    public InputFormatException(String file, int line, String problem) {
        super(file + ":" + (line > 0 ? line + ":" : "") + " " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or empty when the problem concerns the file as a whole. */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    public String problem() {
        return problem;
    }
}
