package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database search reports: the best candidates of each remains and of each missing person,
 * and every pair at or above the threshold.
 *
 * <pre>{@code
 * SearchResult r = DatabaseSearch.run(index, remains, SearchOptions.defaults());
 * r.forRemains("R-1");       // best first, at most topK
 * r.aboveThreshold();        // identifications
 * }</pre>
 *
 * <p>Only pairs with a positive LR are candidates. {@link #merge} combines the results of disjoint
 * searches (new families against all remains, new remains against all families) into what one search
 * over everything gives.
 */
public final class SearchResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int topK;
    private final double threshold;
    private final Map<String, List<Candidate>> byRemains;
    private final Map<String, List<Candidate>> byMissing;
    private final List<Candidate> aboveThreshold;
    private final long comparisons;
    private final Set<String> indexVersions;

    SearchResult(int topK, double threshold, Map<String, List<Candidate>> byRemains,
            Map<String, List<Candidate>> byMissing, List<Candidate> aboveThreshold, long comparisons,
            Set<String> indexVersions) {
        this.topK = topK;
        this.threshold = threshold;
        this.byRemains = freeze(byRemains, topK);
        this.byMissing = freeze(byMissing, topK);
        List<Candidate> hits = new ArrayList<>(aboveThreshold);
        hits.sort(Candidate.BEST_FIRST);
        this.aboveThreshold = List.copyOf(hits);
        this.comparisons = comparisons;
        this.indexVersions = Collections.unmodifiableSet(new TreeSet<>(indexVersions));
    }

    /**
     * A result from flat lists: the best candidates of remains and of missing persons (grouped here,
     * in any order) and the pairs at or above the threshold.
     */
    static SearchResult of(int topK, double threshold, List<Candidate> bestOfRemains, List<Candidate> bestOfMissing,
            List<Candidate> aboveThreshold, long comparisons, Set<String> indexVersions) {
        Map<String, List<Candidate>> byRemains = new HashMap<>();
        bestOfRemains.forEach(c -> byRemains.computeIfAbsent(c.remains(), x -> new ArrayList<>()).add(c));
        Map<String, List<Candidate>> byMissing = new HashMap<>();
        bestOfMissing.forEach(c -> byMissing.computeIfAbsent(c.missing(), x -> new ArrayList<>()).add(c));
        return new SearchResult(topK, threshold, byRemains, byMissing, aboveThreshold, comparisons, indexVersions);
    }

    /**
     * The versions of the indexes searched ({@link SearchIndex#version}): one for a single search, each
     * one of the merged searches for an incremental result, so stored pairs say which tables they
     * came from.
     */
    public Set<String> indexVersions() {
        return indexVersions;
    }

    /** The best candidates of {@code remains}, best first (empty when it has none). */
    public List<Candidate> forRemains(String remains) {
        return byRemains.getOrDefault(remains, List.of());
    }

    /** The best candidates of {@code missing}, best first (empty when it has none). */
    public List<Candidate> forMissing(String missing) {
        return byMissing.getOrDefault(missing, List.of());
    }

    /** Remains id → best candidates, remains in id order. */
    public Map<String, List<Candidate>> byRemains() {
        return byRemains;
    }

    /** Missing person id → best candidates, in id order. */
    public Map<String, List<Candidate>> byMissing() {
        return byMissing;
    }

    /** Every pair with LR at or above the threshold, best first. */
    public List<Candidate> aboveThreshold() {
        return aboveThreshold;
    }

    /** Every reported pair once: the union of the per-remains and per-missing lists and the threshold hits, sorted by remains then best first. */
    public List<Candidate> reported() {
        Set<Candidate> all = new LinkedHashSet<>(aboveThreshold);
        byRemains.values().forEach(all::addAll);
        byMissing.values().forEach(all::addAll);
        List<Candidate> out = new ArrayList<>(all);
        out.sort((x, y) -> {
            int c = x.remains().compareTo(y.remains());
            return c != 0 ? c : Candidate.BEST_FIRST.compare(x, y);
        });
        return out;
    }

    /** Number of pairs compared. */
    public long comparisons() {
        return comparisons;
    }

    public int topK() {
        return topK;
    }

    public double threshold() {
        return threshold;
    }

    /** This result with every candidate replaced by {@code f} of it (same pair, e.g. with lineage results added). */
    SearchResult map(java.util.function.UnaryOperator<Candidate> f) {
        Map<String, List<Candidate>> r = new LinkedHashMap<>();
        byRemains.forEach((k, v) -> r.put(k, v.stream().map(f).toList()));
        Map<String, List<Candidate>> m = new LinkedHashMap<>();
        byMissing.forEach((k, v) -> m.put(k, v.stream().map(f).toList()));
        return new SearchResult(topK, threshold, r, m, aboveThreshold.stream().map(f).toList(), comparisons,
                indexVersions);
    }

    /** The result of a search over the union of two disjoint sets of pairs. */
    public SearchResult merge(SearchResult other) {
        if (other.topK != topK || other.threshold != threshold) {
            throw new IllegalArgumentException("cannot merge results with different topK or threshold: "
                    + topK + "/" + threshold + " and " + other.topK + "/" + other.threshold);
        }
        List<Candidate> hits = new ArrayList<>(aboveThreshold);
        hits.addAll(other.aboveThreshold);
        Set<String> versions = new LinkedHashSet<>(indexVersions);
        versions.addAll(other.indexVersions);
        return new SearchResult(topK, threshold, union(byRemains, other.byRemains), union(byMissing, other.byMissing),
                hits, comparisons + other.comparisons, versions);
    }

    private static Map<String, List<Candidate>> union(Map<String, List<Candidate>> a, Map<String, List<Candidate>> b) {
        Map<String, List<Candidate>> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        b.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return out;
    }

    private static Map<String, List<Candidate>> freeze(Map<String, ? extends Collection<Candidate>> map, int k) {
        Map<String, List<Candidate>> out = new TreeMap<>();
        map.forEach((key, list) -> {
            List<Candidate> sorted = new ArrayList<>(new LinkedHashSet<>(list));
            sorted.sort(Candidate.BEST_FIRST);
            if (!sorted.isEmpty() && k > 0) {
                out.put(key, List.copyOf(sorted.subList(0, Math.min(k, sorted.size()))));
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
