package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;

/**
 * The search of {@link DatabaseSearch} with the families outside the loop: no index is kept. Each
 * worker takes the next block of 64 families, compiles it, scores it against every chunk of remains
 * with the same kernel ({@link FamilyBlock#expand}, {@link FamilyBlock#product}) and drops it, so
 * the tables of at most one block per worker exist at a time and a family costs only its inputs.
 * What a search with a stepwise mutation model needs when its tables (25 KB a family) would not fit:
 * 10⁶ families in 25 GB. Compiling is paid once per family either way when the index serves one
 * search (as in {@code match}, the cluster job and the server's jobs).
 *
 * <pre>{@code
 * SearchResult r = StreamedSearch.run(families, loci, LikelihoodOptions.defaults(), remains,
 *         SearchOptions.defaults().withThreads(2), SearchProgress.NONE);
 * // the same result as DatabaseSearch.run(SearchIndex.build(families, loci, options, 2), remains, o)
 * }</pre>
 *
 * <p>The figures of a pair (log10 LR, loci compared, exclusions) are computed when it enters a heap
 * or passes the threshold, while its block's tables exist, and travel with it in the heaps
 * ({@link TopK} keeping figures); they are the numbers {@link DatabaseSearch} computes afterwards
 * from its index, from the same tables in the same order, so both searches give the same result.
 * Progress counts pairs compared, as the block workers go.
 */
public final class StreamedSearch {

    private StreamedSearch() {
    }

    public static SearchResult run(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions likelihood,
            List<RemainsProfile> remains, SearchOptions options, SearchProgress progress) {
        Objects.requireNonNull(likelihood, "likelihood");
        List<Locus> ls = List.copyOf(loci);
        SearchIndex.check(ls, likelihood);
        SearchIndex.checkUnique(families, new HashSet<>());
        DatabaseSearch.checkUnique(remains);
        List<RemainsBatch> chunks = DatabaseSearch.chunks(ls, remains, options);
        Scan scan = new Scan(List.copyOf(families), ls, likelihood, chunks, remains.size(), options);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), DatabaseSearch::daemon);
        List<Future<Found>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < options.threads(); t++) {
                workers.add(pool.submit(scan::work));
            }
            Found all = new Found(remains.size(), families.size(), options.topK());
            long total = (long) remains.size() * families.size();
            for (Future<Found> w : workers) {
                all.add(await(w, scan, progress, total));
            }
            progress.update(scan.done.get(), total);
            return all.result(families, remains, options, IndexVersion.next(IndexVersion.base(ls, likelihood), families));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            throw DatabaseSearch.unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one worker, reporting the pairs compared by all of them every so often (on the caller's thread). */
    private static Found await(Future<Found> worker, Scan scan, SearchProgress progress, long total)
            throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return worker.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.update(scan.done.get(), total);
            }
        }
    }

    /** The work shared by the workers: the next block to take, and pairs compared so far. */
    private static final class Scan {

        final List<SearchFamily> families;
        final List<Locus> loci;
        final LikelihoodOptions likelihood;
        final List<RemainsBatch> chunks;
        final int remains;
        final SearchOptions options;
        final double[][] freqs;
        final AtomicInteger next = new AtomicInteger();
        final AtomicLong done = new AtomicLong();

        Scan(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions likelihood, List<RemainsBatch> chunks,
                int remains, SearchOptions options) {
            this.families = families;
            this.loci = loci;
            this.likelihood = likelihood;
            this.chunks = chunks;
            this.remains = remains;
            this.options = options;
            this.freqs = loci.stream().map(Locus::frequencies).toArray(double[][]::new);
        }

        /** One worker: blocks until none is left, into heaps of its own over all remains and families. */
        Found work() {
            Found found = new Found(remains, families.size(), options.topK());
            int keys = 0;
            for (RemainsBatch c : chunks) {
                keys = Math.max(keys, c.keys());
            }
            double[] dense = new double[keys * SearchIndex.BLOCK_SIZE];
            double[] row = new double[SearchIndex.BLOCK_SIZE];
            for (int b = next.getAndIncrement(); (long) b * SearchIndex.BLOCK_SIZE < families.size(); b = next.getAndIncrement()) {
                int first = b * SearchIndex.BLOCK_SIZE;
                FamilyBlock block = FamilyBlock.compile(
                        families.subList(first, Math.min(families.size(), first + SearchIndex.BLOCK_SIZE)), loci,
                        likelihood, freqs);
                int[] offsets = block.offsets();
                for (int c = 0; c < chunks.size(); c++) {
                    RemainsBatch chunk = chunks.get(c);
                    int remainsStart = c * options.remainsPerChunk();
                    block.expand(chunk, dense);
                    for (int r = 0; r < chunk.size; r++) {
                        FamilyBlock.product(chunk, r, loci.size(), dense, block.size(), row);
                        found.offer(block, offsets, row, chunk, r, remainsStart, first, options.threshold());
                    }
                    done.addAndGet((long) chunk.size * block.size());
                }
            }
            return found;
        }
    }

    /** Heaps over all remains and all families that keep each pair's figures, and the pairs at the threshold. */
    private static final class Found {

        final TopK byRemains;
        final TopK byFamily;
        final List<long[]> hits = new ArrayList<>();
        final List<FamilyBlock.PairDetail> hitFigures = new ArrayList<>();
        long comparisons;

        Found(int remains, int families, int topK) {
            this.byRemains = new TopK(remains, topK, true);
            this.byFamily = new TopK(families, topK, true);
        }

        /** {@code DatabaseSearch.offer}'s tests in its order, with the figures computed once for a pair that is kept. */
        void offer(FamilyBlock block, int[] offsets, double[] row, RemainsBatch chunk, int r, int remainsStart,
                int blockStart, double threshold) {
            int v = remainsStart + r;
            double rFloor = byRemains.floor(v);
            for (int f = 0; f < block.size(); f++) {
                double s = row[f];
                int family = blockStart + f;
                if (DatabaseSearch.turnedAway(s, rFloor, threshold, byFamily.floor(family))
                        || !block.sexCompatible(f, chunk.sex[r])) {
                    continue;
                }
                FamilyBlock.PairDetail d = null;
                if (byRemains.accepts(v, s, family)) {
                    d = block.detail(f, chunk, r, offsets);
                    byRemains.offer(v, s, family, d.log10Lr(), TopK.counts(d.loci(), d.excluded()));
                    rFloor = byRemains.floor(v);
                }
                if (byFamily.accepts(family, s, v)) {
                    d = d != null ? d : block.detail(f, chunk, r, offsets);
                    byFamily.offer(family, s, v, d.log10Lr(), TopK.counts(d.loci(), d.excluded()));
                }
                if (s >= threshold) {
                    hits.add(new long[] {v, family});
                    hitFigures.add(d != null ? d : block.detail(f, chunk, r, offsets));
                }
            }
            comparisons += block.size();
        }

        void add(Found other) {
            for (int v = 0; v < byRemains.subjects(); v++) {
                byRemains.mergeFrom(other.byRemains, v, v);
            }
            for (int f = 0; f < byFamily.subjects(); f++) {
                byFamily.mergeFrom(other.byFamily, f, f);
            }
            hits.addAll(other.hits);
            hitFigures.addAll(other.hitFigures);
            comparisons += other.comparisons;
        }

        SearchResult result(List<SearchFamily> families, List<RemainsProfile> remains, SearchOptions o, String version) {
            Map<String, List<Candidate>> perRemains = new HashMap<>();
            for (int v = 0; v < byRemains.subjects(); v++) {
                for (int slot : byRemains.bestSlots(v)) {
                    Candidate c = candidate(families, remains, v, byRemains.other(slot), byRemains.figures(slot));
                    perRemains.computeIfAbsent(c.remains(), x -> new ArrayList<>()).add(c);
                }
            }
            Map<String, List<Candidate>> perMissing = new HashMap<>();
            for (int f = 0; f < byFamily.subjects(); f++) {
                for (int slot : byFamily.bestSlots(f)) {
                    Candidate c = candidate(families, remains, byFamily.other(slot), f, byFamily.figures(slot));
                    perMissing.computeIfAbsent(c.missing(), x -> new ArrayList<>()).add(c);
                }
            }
            List<Candidate> above = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                above.add(candidate(families, remains, (int) hits.get(i)[0], (int) hits.get(i)[1], hitFigures.get(i)));
            }
            return new SearchResult(o.topK(), o.threshold(), perRemains, perMissing, above, comparisons, Set.of(version));
        }

        private static Candidate candidate(List<SearchFamily> families, List<RemainsProfile> remains, int v, int f,
                FamilyBlock.PairDetail d) {
            SearchFamily family = families.get(f);
            return new Candidate(remains.get(v).id(), family.family(), family.missing(), d.lr(), d.log10Lr(), d.loci(),
                    d.excluded(), List.of());
        }
    }
}
