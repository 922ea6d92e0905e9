package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homecoming.kinship.locus.Locus;

/**
 * Compares remains against every family of a {@link SearchIndex}: one remains against all families,
 * one family against all remains (an index of one family), or all against all.
 *
 * <pre>{@code
 * SearchResult r = DatabaseSearch.run(index, remains, SearchOptions.defaults().withTopK(5));
 * SearchResult newFamily = DatabaseSearch.run(SearchIndex.build(List.of(f), loci, opts, 1), remains, o);
 * SearchResult both = r.merge(newFamily);   // what a full rerun gives
 * }</pre>
 *
 * <p>The work is split into tasks of (chunk of remains × a few blocks of families) that share no mutable
 * state: each keeps its own bounded top-K heaps and threshold hits, which the calling thread merges as
 * tasks complete, with at most a few tasks in flight, so memory never grows with the number of
 * pairs. A comparison is the product over markers of a few table look-ups. The reported figures
 * (LR, log10 LR, loci, exclusions) are recomputed per reported pair from the same exact tables.
 */
public final class DatabaseSearch {

    /** Blocks of families per task: a task's heaps are merged once per this many families. */
    static final int BLOCKS_PER_TASK = 16;

    private DatabaseSearch() {
    }

    public static SearchResult run(SearchIndex index, List<RemainsProfile> remains, SearchOptions options) {
        return run(index, remains, options, SearchProgress.NONE);
    }

    public static SearchResult run(SearchIndex index, List<RemainsProfile> remains, SearchOptions options,
            SearchProgress progress) {
        checkUnique(remains);
        List<RemainsBatch> chunks = chunks(index.loci(), remains, options);
        return figures(index, chunks, options, part(index, chunks, remains.size(), 0, options, progress));
    }

    /**
     * Searches {@code remains}, the remains numbered {@code firstRemains} onwards of a larger search,
     * against the whole index, and keeps what was found as indices (a cluster task's share of a
     * search: see {@link SearchPart}).
     */
    public static SearchPart part(SearchIndex index, List<RemainsProfile> remains, int firstRemains, SearchOptions options) {
        return part(index, remains, firstRemains, options, SearchProgress.NONE);
    }

    /** As {@link #part(SearchIndex, List, int, SearchOptions)}, reporting pairs compared out of all. */
    public static SearchPart part(SearchIndex index, List<RemainsProfile> remains, int firstRemains, SearchOptions options,
            SearchProgress progress) {
        checkUnique(remains);
        return part(index, chunks(index.loci(), remains, options), remains.size(), firstRemains, options, progress);
    }

    private static SearchPart part(SearchIndex index, List<RemainsBatch> chunks, int remains, int firstRemains,
            SearchOptions options, SearchProgress progress) {
        SearchPart part = SearchPart.empty(options.topK(), index.size());
        part.open(firstRemains, remains);
        runTasks(index, chunks, options, firstRemains, part, progress, (long) remains * index.size());
        return part;
    }

    /**
     * The result of a search whose merged part is {@code part}: the figures of every reported pair,
     * computed from the index's tables. {@code remains} are all the remains of the search, in the
     * numbering the parts used.
     */
    public static SearchResult assemble(SearchIndex index, List<RemainsProfile> remains, SearchOptions options,
            SearchPart part) {
        checkUnique(remains);
        if (part.remains() != remains.size()) {
            throw new IllegalArgumentException("the part covers " + part.remains() + " remains, the search has "
                    + remains.size());
        }
        return figures(index, chunks(index.loci(), remains, options), options, part);
    }

    static void checkUnique(List<RemainsProfile> remains) {
        Set<String> ids = new LinkedHashSet<>();
        for (RemainsProfile v : remains) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("remains " + v.id() + " appear twice");
            }
        }
    }

    /** The remains cut into chunks of {@link SearchOptions#remainsPerChunk}, each with its distinct calls numbered. */
    static List<RemainsBatch> chunks(List<Locus> loci, List<RemainsProfile> remains, SearchOptions options) {
        int chunkSize = options.remainsPerChunk();
        List<RemainsBatch> chunks = new ArrayList<>();
        for (int from = 0; from < remains.size(); from += chunkSize) {
            chunks.add(new RemainsBatch(remains.subList(from, Math.min(remains.size(), from + chunkSize)), loci));
        }
        return chunks;
    }

    private static void runTasks(SearchIndex index, List<RemainsBatch> chunks, SearchOptions o, int firstRemains,
            SearchPart part, SearchProgress progress, long total) {
        int stripes = (index.blocks().size() + BLOCKS_PER_TASK - 1) / BLOCKS_PER_TASK;
        int tasks = chunks.size() * stripes;
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), DatabaseSearch::daemon);
        CompletionService<BlockResult> cs = new ExecutorCompletionService<>(pool);
        long done = 0;
        try {
            int submitted = 0;
            int inFlight = 0;
            int maxInFlight = 2 * o.threads() + 1;
            for (int finished = 0; finished < tasks; finished++) {
                while (submitted < tasks && inFlight < maxInFlight) {
                    int c = submitted / stripes;
                    int b0 = (submitted % stripes) * BLOCKS_PER_TASK;
                    int b1 = Math.min(index.blocks().size(), b0 + BLOCKS_PER_TASK);
                    int remainsStart = firstRemains + c * o.remainsPerChunk();
                    cs.submit(() -> compare(index, b0, b1, chunks.get(c), remainsStart, o));
                    submitted++;
                    inFlight++;
                }
                BlockResult r = cs.take().get();
                inFlight--;
                part.add(r.remainsStart, r.byRemains, r.familyStart, r.byFamily, r.hits, r.comparisons);
                done += r.comparisons;
                progress.update(done, total);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One task: a chunk of remains against blocks {@code [b0, b1)} of families, with its own heaps.
     * Each block is expanded once for the chunk's distinct calls, then every remains of the chunk
     * is one row of products against it ({@link FamilyBlock#expand}, {@link FamilyBlock#product}).
     */
    static BlockResult compare(SearchIndex index, int b0, int b1, RemainsBatch chunk, int remainsStart,
            SearchOptions o) {
        int familyStart = index.blockStart(b0);
        int families = index.blockStart(b1) - familyStart;
        TopK rTop = new TopK(chunk.size, o.topK());
        TopK fTop = new TopK(families, o.topK());
        List<long[]> hits = new ArrayList<>();
        double threshold = o.threshold();
        int loci = index.loci().size();
        double[] dense = new double[chunk.keys() * SearchIndex.BLOCK_SIZE];
        double[] row = new double[SearchIndex.BLOCK_SIZE];
        for (int b = b0; b < b1; b++) {
            FamilyBlock block = index.blocks().get(b);
            int local = index.blockStart(b) - familyStart;
            block.expand(chunk, dense);
            for (int r = 0; r < chunk.size; r++) {
                FamilyBlock.product(chunk, r, loci, dense, block.size(), row);
                offer(block, row, chunk.sex[r], r, remainsStart, familyStart + local, local, threshold, rTop, fTop, hits);
            }
        }
        return new BlockResult(remainsStart, familyStart, rTop, fTop, hits, (long) families * chunk.size);
    }

    /**
     * Offers remains r's scores against one block to the heaps and the threshold hits. Almost every
     * pair of a large search is below the remains' and the family's lowest kept score and the
     * threshold: it is turned away by comparisons with the heaps' floors before anything else.
     */
    private static void offer(FamilyBlock block, double[] row, byte sex, int r, int remainsStart, int blockStart,
            int local, double threshold, TopK rTop, TopK fTop, List<long[]> hits) {
        double rFloor = rTop.floor(r);
        for (int f = 0; f < block.size(); f++) {
            double s = row[f];
            if (turnedAway(s, rFloor, threshold, fTop.floor(local + f)) || !block.sexCompatible(f, sex)) {
                continue;
            }
            rTop.offer(r, s, blockStart + f);
            rFloor = rTop.floor(r);
            fTop.offer(local + f, s, remainsStart + r);
            if (s >= threshold) {
                hits.add(new long[] {remainsStart + r, blockStart + f});
            }
        }
    }

    /**
     * A pair scored {@code s} is neither a candidate nor a hit: impossible, or below the remains'
     * heap's floor, the threshold and the family's heap's floor (the one test almost every pair of a
     * large search ends at).
     */
    static boolean turnedAway(double s, double remainsFloor, double threshold, double familyFloor) {
        return !(s > 0) || s < remainsFloor && s < threshold && s < familyFloor;
    }

    private static SearchResult figures(SearchIndex index, List<RemainsBatch> chunks, SearchOptions o, SearchPart part) {
        Map<Long, Candidate> cache = new HashMap<>();
        Map<Integer, int[]> offsets = new HashMap<>();
        List<Candidate> ofRemains = new ArrayList<>();
        for (SearchPart.Segment s : part.segments()) {
            for (int r = 0; r < s.best().subjects(); r++) {
                for (int f : s.best().best(r)) {
                    ofRemains.add(candidate(index, chunks, o, s.first() + r, f, cache, offsets));
                }
            }
        }
        List<Candidate> ofMissing = new ArrayList<>();
        TopK byFamily = part.byFamily();
        for (int f = 0; f < byFamily.subjects(); f++) {
            for (int r : byFamily.best(f)) {
                ofMissing.add(candidate(index, chunks, o, r, f, cache, offsets));
            }
        }
        List<Candidate> above = new ArrayList<>();
        for (long[] h : part.hits()) {
            above.add(candidate(index, chunks, o, (int) h[0], (int) h[1], cache, offsets));
        }
        return SearchResult.of(o.topK(), o.threshold(), ofRemains, ofMissing, above, part.comparisons(),
                Set.of(index.version()));
    }

    private static Candidate candidate(SearchIndex index, List<RemainsBatch> chunks, SearchOptions o, int r, int f,
            Map<Long, Candidate> cache, Map<Integer, int[]> offsets) {
        return cache.computeIfAbsent(((long) r << 32) | f, key -> {
            RemainsBatch chunk = chunks.get(r / o.remainsPerChunk());
            int local = r % o.remainsPerChunk();
            int b = index.blockOf(f);
            FamilyBlock block = index.blocks().get(b);
            int[] at = offsets.computeIfAbsent(b, x -> block.offsets());
            FamilyBlock.PairDetail d = block.detail(f - index.blockStart(b), chunk, local, at);
            return new Candidate(chunk.ids[local], index.family(f), index.missing(f), d.lr(), d.log10Lr(), d.loci(),
                    d.excluded(), List.of());
        });
    }

    static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "homecoming-search");
        t.setDaemon(true);
        return t;
    }

    static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    /** The heaps and hits of one task, in task-local indices (heaps' subjects) and global indices (their entries, hits). */
    record BlockResult(int remainsStart, int familyStart, TopK byRemains, TopK byFamily, List<long[]> hits,
            long comparisons) {
    }
}
