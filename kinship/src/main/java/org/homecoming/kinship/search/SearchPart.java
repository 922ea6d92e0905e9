package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search of some remains against a whole index has found before any figure is computed:
 * the best families of each of those remains, the best remains of each family among them, and the
 * pairs at or above the threshold, all as indices. Parts over disjoint remains {@link #merge} into
 * the part of all of them, in any order and grouping (the heaps keep the same set whatever order
 * pairs come in), so a part can be computed on any worker, a cluster executor included, and
 * {@link DatabaseSearch#assemble} turns the merged part into the {@link SearchResult} that one
 * search over everything gives.
 *
 * <pre>{@code
 * SearchPart a = DatabaseSearch.part(index, remains.subList(0, n), 0, options);
 * SearchPart b = DatabaseSearch.part(index, remains.subList(n, remains.size()), n, options);
 * SearchResult r = DatabaseSearch.assemble(index, remains, options, a.merge(b));
 * }</pre>
 */
public final class SearchPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int topK;
    private final int families;
    private final List<Segment> byRemains;
    private final TopK byFamily;
    private final List<long[]> hits;
    /** Grows while {@link DatabaseSearch} adds its tasks; fixed once the part is returned. */
    private long comparisons;

    private SearchPart(int topK, int families, List<Segment> byRemains, TopK byFamily, List<long[]> hits,
            long comparisons) {
        this.topK = topK;
        this.families = families;
        this.byRemains = byRemains;
        this.byFamily = byFamily;
        this.hits = hits;
        this.comparisons = comparisons;
    }

    /** Nothing found yet, over an index of {@code families} entries. */
    static SearchPart empty(int topK, int families) {
        return new SearchPart(topK, families, new ArrayList<>(), new TopK(families, topK), new ArrayList<>(), 0);
    }

    /** Adds a task's findings: remains {@code [firstRemains, +byRemains.subjects())}, families from {@code firstFamily}. */
    void add(int firstRemains, TopK taskRemains, int firstFamily, TopK taskFamilies, List<long[]> taskHits,
            long taskComparisons) {
        Segment s = segment(firstRemains, taskRemains.subjects());
        for (int r = 0; r < taskRemains.subjects(); r++) {
            s.best.mergeFrom(taskRemains, r, firstRemains - s.first + r);
        }
        for (int f = 0; f < taskFamilies.subjects(); f++) {
            byFamily.mergeFrom(taskFamilies, f, firstFamily + f);
        }
        hits.addAll(taskHits);
        comparisons += taskComparisons;
    }

    /** The part of the union of two disjoint sets of remains searched against the same index. */
    public SearchPart merge(SearchPart other) {
        if (other.topK != topK || other.families != families) {
            throw new IllegalArgumentException("cannot merge parts of different searches: top " + topK + " over "
                    + families + " entries and top " + other.topK + " over " + other.families);
        }
        List<Segment> segments = new ArrayList<>(byRemains);
        for (Segment s : other.byRemains) {
            for (Segment mine : byRemains) {
                if (s.first < mine.first + mine.best.subjects() && mine.first < s.first + s.best.subjects()) {
                    throw new IllegalArgumentException("parts overlap at remains " + Math.max(s.first, mine.first));
                }
            }
            segments.add(s);
        }
        TopK f = new TopK(families, topK);
        for (int i = 0; i < families; i++) {
            f.mergeFrom(byFamily, i, i);
            f.mergeFrom(other.byFamily, i, i);
        }
        List<long[]> h = new ArrayList<>(hits);
        h.addAll(other.hits);
        return new SearchPart(topK, families, segments, f, h, comparisons + other.comparisons);
    }

    /** Pairs compared. */
    public long comparisons() {
        return comparisons;
    }

    /** Remains covered, over all segments. */
    public int remains() {
        int n = 0;
        for (Segment s : byRemains) {
            n += s.best.subjects();
        }
        return n;
    }

    List<Segment> segments() {
        return byRemains;
    }

    TopK byFamily() {
        return byFamily;
    }

    List<long[]> hits() {
        return hits;
    }

    private Segment segment(int first, int count) {
        for (Segment s : byRemains) {
            if (first >= s.first && first + count <= s.first + s.best.subjects()) {
                return s;
            }
        }
        throw new IllegalStateException("no segment holds remains " + first + " to " + (first + count - 1));
    }

    /** Opens a segment for remains {@code [first, first + count)}. */
    void open(int first, int count) {
        byRemains.add(new Segment(first, new TopK(count, topK)));
    }

    /** The best families of remains {@code [first, first + best.subjects())}. */
    record Segment(int first, TopK best) implements Serializable {
    }
}
