package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link StreamedSearch} of a slice of the families against all the remains has found: the
 * best families of every remains, the best remains of each family of the slice, and the pairs at
 * the threshold, as indices, each with its figures (computed while the pair's block was compiled).
 * Parts over disjoint slices of the families {@link #merge} into the part of all of them, in any
 * order and grouping, so a slice can be searched on any worker, a cluster executor included, where
 * its families are compiled; {@link StreamedSearch#assemble} turns the merged part into the result.
 *
 * <pre>{@code
 * StreamedPart a = StreamedSearch.part(families.subList(0, n), 0, loci, likelihood, remains, options);
 * StreamedPart b = StreamedSearch.part(families.subList(n, families.size()), n, loci, likelihood, remains, options);
 * SearchResult r = StreamedSearch.assemble(families, loci, likelihood, remains, options, a.merge(b));
 * }</pre>
 */
public final class StreamedPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int topK;
    private final TopK byRemains;
    private final List<Slice> byFamily;
    private final List<long[]> hits;
    private final List<FamilyBlock.PairDetail> hitFigures;
    /** Grows while the slice's workers compare; fixed once the part is returned. */
    private long comparisons;

    /** One slice's heaps: families {@code [first, first + best.subjects())}. */
    record Slice(int first, TopK best) implements Serializable {
    }

    private StreamedPart(int topK, TopK byRemains, List<Slice> byFamily, List<long[]> hits,
            List<FamilyBlock.PairDetail> hitFigures, long comparisons) {
        this.topK = topK;
        this.byRemains = byRemains;
        this.byFamily = byFamily;
        this.hits = hits;
        this.hitFigures = hitFigures;
        this.comparisons = comparisons;
    }

    /** Nothing found yet by the workers of a slice of {@code families} starting at {@code first}. */
    static StreamedPart empty(int remains, int first, int families, int topK) {
        return new StreamedPart(topK, new TopK(remains, topK, true), List.of(new Slice(first, new TopK(families, topK, true))),
                new ArrayList<>(), new ArrayList<>(), 0);
    }

    /** The part of the union of two disjoint slices of the families searched against the same remains. */
    public StreamedPart merge(StreamedPart other) {
        if (other.topK != topK || other.byRemains.subjects() != byRemains.subjects()) {
            throw new IllegalArgumentException("cannot merge parts of different searches: top " + topK + " of "
                    + byRemains.subjects() + " remains and top " + other.topK + " of " + other.byRemains.subjects());
        }
        for (Slice s : other.byFamily) {
            for (Slice mine : byFamily) {
                if (s.first < mine.first + mine.best.subjects() && mine.first < s.first + s.best.subjects()) {
                    throw new IllegalArgumentException("parts overlap at family " + Math.max(s.first, mine.first));
                }
            }
        }
        TopK r = new TopK(byRemains.subjects(), topK, true);
        for (int v = 0; v < r.subjects(); v++) {
            r.mergeFrom(byRemains, v, v);
            r.mergeFrom(other.byRemains, v, v);
        }
        List<Slice> slices = new ArrayList<>(byFamily);
        slices.addAll(other.byFamily);
        List<long[]> h = new ArrayList<>(hits);
        h.addAll(other.hits);
        List<FamilyBlock.PairDetail> f = new ArrayList<>(hitFigures);
        f.addAll(other.hitFigures);
        return new StreamedPart(topK, r, slices, h, f, comparisons + other.comparisons);
    }

    int topK() {
        return topK;
    }

    TopK byRemains() {
        return byRemains;
    }

    List<Slice> byFamily() {
        return byFamily;
    }

    List<long[]> hits() {
        return hits;
    }

    List<FamilyBlock.PairDetail> hitFigures() {
        return hitFigures;
    }

    public long comparisons() {
        return comparisons;
    }

    /**
     * {@code DatabaseSearch.offer}'s tests in its order, remains {@code v} against the families of
     * {@code block} (the first of them is family {@code blockStart}, the slice's {@code local}), with
     * the figures computed once for a pair that is kept. Only the slice's single worker writes here.
     */
    void offer(FamilyBlock block, int[] offsets, double[] row, RemainsBatch chunk, int r, int v, int blockStart,
            int local, double threshold) {
        TopK byFamilyHere = byFamily.get(0).best;
        double rFloor = byRemains.floor(v);
        for (int f = 0; f < block.size(); f++) {
            double s = row[f];
            int family = blockStart + f;
            if (DatabaseSearch.turnedAway(s, rFloor, threshold, byFamilyHere.floor(local + f))
                    || !block.sexCompatible(f, chunk.sex[r])) {
                continue;
            }
            FamilyBlock.PairDetail d = null;
            if (byRemains.accepts(v, s, family)) {
                d = block.detail(f, chunk, r, offsets);
                byRemains.offer(v, s, family, d.log10Lr(), TopK.counts(d.loci(), d.excluded()));
                rFloor = byRemains.floor(v);
            }
            if (byFamilyHere.accepts(local + f, s, v)) {
                d = d != null ? d : block.detail(f, chunk, r, offsets);
                byFamilyHere.offer(local + f, s, v, d.log10Lr(), TopK.counts(d.loci(), d.excluded()));
            }
            if (s >= threshold) {
                hits.add(new long[] {v, family});
                hitFigures.add(d != null ? d : block.detail(f, chunk, r, offsets));
            }
        }
        comparisons += block.size();
    }

    /** A worker's findings over the same slice as this one's, folded in (the slice's workers share its families). */
    void absorb(StreamedPart worker) {
        for (int v = 0; v < byRemains.subjects(); v++) {
            byRemains.mergeFrom(worker.byRemains, v, v);
        }
        TopK mine = byFamily.get(0).best;
        TopK theirs = worker.byFamily.get(0).best;
        for (int f = 0; f < mine.subjects(); f++) {
            mine.mergeFrom(theirs, f, f);
        }
        hits.addAll(worker.hits);
        hitFigures.addAll(worker.hitFigures);
        comparisons += worker.comparisons;
    }
}
