package org.homecoming.programme.csv;

/**
 * A CSV file that is not CSV: a quoted field left open at the end of the input.
 *
 * <p>{@code new CsvSyntaxException(12, "quoted field not closed before end of file").getMessage()} is
 * {@code "line 12: quoted field not closed before end of file"}.
 */
public final class CsvSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String problem;

    public CsvSyntaxException(long line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The physical line the bad record starts on (1-based). */
    public long line() {
        return line;
    }

    /** The problem in words, without the line. */
    public String problem() {
        return problem;
    }
}
