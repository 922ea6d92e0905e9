package org.homecoming.server.search;

/**
 * One person found by a search, with its relevance score (higher is better).
 *
 * <pre>{@code
 * PersonHit best = index.search(PersonQuery.text("Nguyễn Văn Thành")).items().get(0);
 * }</pre>
 */
public record PersonHit(long id, double score, String fullName) {
}
