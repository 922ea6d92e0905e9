package org.homecoming.server.web;

/**
 * A record that does not exist, or that the user may not see (the two are not told apart, so a
 * user of one side cannot learn that an unshared record of the other exists). Answered with 404.
 *
 * <pre>{@code
 * throw new NotFoundException("person", 42);
 * }</pre>
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " not found: " + id);
    }
}
