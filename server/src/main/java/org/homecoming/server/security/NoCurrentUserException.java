package org.homecoming.server.security;

/**
 * Thrown when code that acts for a user runs where nobody is signed in and no background scope was
 * opened: a fault in our own code, never a reason to act as some default user.
 *
 * <pre>{@code
 * currentUsers.get(); // on a bare thread: NoCurrentUserException
 * installation.asSystem(() -> currentUsers.get()); // system of the installation's side
 * }</pre>
 */
public class NoCurrentUserException extends IllegalStateException {

    NoCurrentUserException(String message) {
        super(message);
    }
}
