package org.homecoming.server.registry;

import java.time.OffsetDateTime;

/**
 * An explicit merge of two records of the same person: the surviving record, the one merged into
 * it, why, by whom and when, and whether it was undone.
 *
 * <pre>{@code
 * new MergeRecord(1, 42, 97, "same register entry copied twice", "lan", now, null, null);
 * }</pre>
 */
public record MergeRecord(long id, long survivorId, long mergedId, String reason, String mergedBy,
        OffsetDateTime mergedAt, String undoneBy, OffsetDateTime undoneAt) {
}
