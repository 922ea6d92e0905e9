package org.homecoming.server.security;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a password was refused: the message key of the pages (both bundles) and the English text of
 * the API, the command line and the logs.
 *
 * <pre>{@code
 * PasswordProblem.TOO_SHORT.message(5); // "password must have at least 12 characters: 5 given"
 * }</pre>
 */
public enum PasswordProblem {
    MISSING("password must be given"),
    TOO_SHORT("password must have at least " + PasswordPolicy.MIN_LENGTH + " characters: {0} given"),
    TOO_LONG("password must be at most " + PasswordPolicy.MAX_BYTES
            + " bytes in UTF-8 (bcrypt ignores the rest): {0} given"),
    SAME_AS_USERNAME("password must not be the user name"),
    TOO_SIMPLE("password must use at least " + PasswordPolicy.MIN_DISTINCT + " different characters: {0} used"),
    COMMON("password is on the list of common passwords; choose another");

    private final String english;

    PasswordProblem(String english) {
        this.english = english;
    }

    /** The key of this problem in the message bundles, e.g. {@code password.TOO_SHORT}. */
    public String key() {
        return "password." + name();
    }

    /** The English message with its argument filled in. */
    public String message(Object... args) {
        return new MessageFormat(english, Locale.ROOT).format(args);
    }
}
