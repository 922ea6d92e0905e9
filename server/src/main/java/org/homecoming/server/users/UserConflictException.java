package org.homecoming.server.users;

/**
 * A user-management request that the state of the accounts forbids: a name already taken, the last
 * enabled administrator disabled, an administrator changing their own roles. Answered 409.
 *
 * <pre>{@code
 * throw new UserConflictException("user.duplicate", "username already taken: lan", "lan");
 * }</pre>
 */
public final class UserConflictException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserConflictException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
