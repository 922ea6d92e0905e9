package org.homecoming.server.registry;

import org.homecoming.server.web.ConflictException;

/**
 * A status change that only the workflow holding its evidence may make, asked of another door (the
 * form, the API body, an import) or out of order: answered with 409 and the reason.
 *
 * <pre>{@code
 * throw new EvidenceRequiredException("status IDENTIFIED is set only by a DNA identification ...");
 * }</pre>
 */
public class EvidenceRequiredException extends ConflictException {

    public EvidenceRequiredException(String message) {
        super(message);
    }
}
