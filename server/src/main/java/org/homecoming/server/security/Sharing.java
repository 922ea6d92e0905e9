package org.homecoming.server.security;

import java.time.OffsetDateTime;

/**
 * A record of one side made visible to the other, with the consent that allowed it: a family
 * member who consented to sharing, and/or the basis in words (an agreement, a letter).
 *
 * <pre>{@code
 * new Sharing(0, "PERSON", 42, Side.US, 7L, "family consent form 2024-05-02", "liaison1", now, null);
 * }</pre>
 */
public record Sharing(long id, String recordType, long recordId, Side toSide, Long consentMember, String consentBasis,
        String sharedBy, OffsetDateTime sharedAt, OffsetDateTime revokedAt) {
}
