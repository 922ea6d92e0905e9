package org.homecoming.server.web;

/**
 * A request that the stored record's state does not allow (not a malformed one): answered with 409
 * and the reason, like a stale version.
 *
 * <pre>{@code
 * throw new ConflictException("status IDENTIFIED is set only by a confirmed identification");
 * }</pre>
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
