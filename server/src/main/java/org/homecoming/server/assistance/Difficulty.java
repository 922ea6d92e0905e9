package org.homecoming.server.assistance;

/**
 * An answer of the Washington Group Short Set, by its code 1 to 4. The disability identifier counts the two
 * highest ({@link #countsAsDisability}).
 *
 * <pre>{@code
 * Difficulty.of(3).countsAsDisability(); // true
 * }</pre>
 */
public enum Difficulty {
    NO_DIFFICULTY, SOME_DIFFICULTY, A_LOT_OF_DIFFICULTY, CANNOT_DO_AT_ALL;

    /** The questionnaire's code, 1 (no difficulty) to 4 (cannot do at all). */
    public int code() {
        return ordinal() + 1;
    }

    /** The answer of code 1 to 4. */
    public static Difficulty of(int code) {
        if (code < 1 || code > 4) {
            throw new IllegalArgumentException("answer must be 1 to 4: " + code);
        }
        return values()[code - 1];
    }

    /** "A lot of difficulty" or "cannot do at all": the Short Set's cut-off for the disability identifier. */
    public boolean countsAsDisability() {
        return this == A_LOT_OF_DIFFICULTY || this == CANNOT_DO_AT_ALL;
    }
}
