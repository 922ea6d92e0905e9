package org.homecoming.server.search;

import java.util.List;

/**
 * One page of search hits, best first, with the exact number of persons matching the query.
 *
 * <pre>{@code
 * PersonSearchResult r = index.search(PersonQuery.text("thanh").withPage(20, 20));
 * long pages = (r.total() + 19) / 20;
 * }</pre>
 */
public record PersonSearchResult(List<PersonHit> items, long total) {

    public PersonSearchResult {
        items = items == null ? List.of() : List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total must be >= items: " + total);
        }
    }

    /** No hits. */
    public static PersonSearchResult empty() {
        return new PersonSearchResult(List.of(), 0);
    }
}
