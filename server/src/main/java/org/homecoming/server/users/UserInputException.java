package org.homecoming.server.users;

import org.homecoming.server.security.PasswordRejectedException;

/**
 * Bad input about a user account, naming the field: answered 400 by the API, shown beside the
 * field on the pages (translated through {@link #key()}), exit code 2 on the command line.
 *
 * <pre>{@code
 * throw new UserInputException("side", "user.side.invalid", "side must be VN or US: " + value, value);
 * }</pre>
 */
public final class UserInputException extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public UserInputException(String field, String key, String message, Object... args) {
        super(message);
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    /** A refused password, reported on {@code field} ({@code password} or {@code newPassword}). */
    static UserInputException of(String field, PasswordRejectedException e) {
        String message = "password".equals(field) ? e.getMessage() : field + ": " + e.getMessage();
        return new UserInputException(field, e.problem().key(), message, e.args());
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
