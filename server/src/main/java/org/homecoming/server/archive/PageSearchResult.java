package org.homecoming.server.archive;

import java.util.List;

/**
 * One page of search results and how many pages match in all.
 *
 * <pre>{@code
 * result.total(); // 12
 * }</pre>
 */
public record PageSearchResult(List<PageHit> items, long total) {

    public PageSearchResult {
        items = List.copyOf(items);
    }
}
