package org.homecoming.dioxin;

/**
 * A results file that cannot be read, with the place of the fault: {@code FILE:LINE: FIELD: PROBLEM}.
 *
 * <p>{@code "results.csv:4: value: not a number: 1,5"}
 *
 * <p>An {@link IllegalArgumentException}: the file is the caller's input, not our fault.
 */
public final class ResultsFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ResultsFormatException(String file, long line, String field, String problem) {
        super(file + ":" + line + ": " + field + ": " + problem);
    }
}
