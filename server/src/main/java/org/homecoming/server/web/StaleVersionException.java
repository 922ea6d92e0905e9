package org.homecoming.server.web;

/**
 * An update based on a version that is no longer the stored one: someone else changed the record
 * first. Answered with 409 so the second officer reloads instead of overwriting silently.
 *
 * <pre>{@code
 * throw new StaleVersionException("person", 42, 3);
 * }</pre>
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long id, int version) {
        super(what + " " + id + " was changed by someone else (version " + version + " is stale)");
    }
}
