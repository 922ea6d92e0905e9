package org.homecoming.server.security;

/**
 * A password that {@link PasswordPolicy} refuses; the message names the field ({@code password}).
 *
 * <pre>{@code
 * throw new PasswordRejectedException(PasswordProblem.TOO_SHORT, 5);
 * }</pre>
 */
public final class PasswordRejectedException extends IllegalArgumentException {

    private final PasswordProblem problem;
    private final transient Object[] args;

    public PasswordRejectedException(PasswordProblem problem, Object... args) {
        super(problem.message(args));
        this.problem = problem;
        this.args = args.clone();
    }

    public PasswordProblem problem() {
        return problem;
    }

    /** The arguments of the message, for the pages' own translation. */
    public Object[] args() {
        return args.clone();
    }
}
