package org.homecoming.server.archive.exchange;

/**
 * An exchange package refused: not a package, unsigned, signed by an unknown key, or altered.
 * Nothing of a refused package is imported.
 *
 * <pre>{@code
 * try { verifier.verify(bytes); } catch (InvalidPackageException e) { e.getMessage(); }
 * }</pre>
 */
public class InvalidPackageException extends IllegalArgumentException {

    public InvalidPackageException(String message) {
        super(message);
    }

    public InvalidPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
