package org.homecoming.server.archive;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * That a document (or artifact) mentions a person, unit, place or site, with its provenance: the
 * page and passage it was read from, who made the link and when.
 *
 * <pre>{@code
 * Link l = links.of("DOCUMENT", 7).get(0);
 * l.targetType(); // "PERSON"; l.targetId() the person's id; l.passage() the words that name them
 * }</pre>
 *
 * <p>Persons and sites are linked by id ({@code targetId}); units and places by name ({@code targetText}).
 */
public record Link(long id, String sourceType, long sourceId, Integer pageNo, String passage, String targetType,
        Long targetId, String targetText, String linkedBy, OffsetDateTime linkedAt) {

    public static final Set<String> SOURCES = Set.of("DOCUMENT", "ARTIFACT");
    public static final Set<String> TARGETS = Set.of("PERSON", "UNIT", "PLACE", "SITE");

    public Link {
        if (!SOURCES.contains(sourceType)) {
            throw new IllegalArgumentException("link source must be DOCUMENT or ARTIFACT: " + sourceType);
        }
        if (!TARGETS.contains(targetType)) {
            throw new IllegalArgumentException("link target must be PERSON, UNIT, PLACE or SITE: " + targetType);
        }
        boolean byId = targetType.equals("PERSON") || targetType.equals("SITE");
        if (byId && targetId == null) {
            throw new IllegalArgumentException("a " + targetType + " link needs the target's id: null");
        }
        if (!byId && (targetText == null || targetText.isBlank())) {
            throw new IllegalArgumentException("a " + targetType + " link needs the target's name: " + targetText);
        }
    }
}
