package org.homecoming.server.registry;

/**
 * A laboratory sample taken from remains or from a family member.
 *
 * <pre>{@code
 * new Sample(0, "DNA-R-1", "REMAINS", 5L, null, "PPF6C", true);
 * }</pre>
 */
public record Sample(long id, String ref, String subjectType, Long remainsId, Long familyMemberId, String kit,
        boolean degraded) {
}
