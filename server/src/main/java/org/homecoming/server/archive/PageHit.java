package org.homecoming.server.archive;

import java.util.List;

/**
 * A page found by a search, with its passages where the words were found marked
 * {@code <mark>…</mark>} (the rest of the text HTML-escaped).
 *
 * <pre>{@code
 * hit.passages(); // ["Liệt sĩ <mark>Nguyễn</mark> <mark>Văn</mark> <mark>Thành</mark>, C2 D3 E48…"]
 * }</pre>
 */
public record PageHit(long documentId, String ref, String title, int pageNo, double score, List<String> passages) {

    public PageHit {
        passages = List.copyOf(passages);
    }
}
