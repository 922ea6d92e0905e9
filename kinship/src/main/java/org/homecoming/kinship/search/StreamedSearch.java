package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Progress counts pairs compared, as the block workers go. A search can be cut by families into
 * parts searched anywhere ({@link #part}, {@link StreamedPart#merge}, {@link #assemble}): each
 * compiles its own families, which is how a cluster spreads the compiling.
 */
public final class StreamedSearch {

    private StreamedSearch() {
    }

    public static SearchResult run(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions likelihood,
            List<RemainsProfile> remains, SearchOptions options, SearchProgress progress) {
        return assemble(families, loci, likelihood, remains, options,
                part(families, 0, loci, likelihood, remains, options, progress));
    }

    /**
     * Searches {@code families}, the families numbered {@code first} onwards of a larger search,
     * against all the remains, compiling them here: a cluster task's share of a search cut by
     * families (see {@link StreamedPart}).
     */
    public static StreamedPart part(List<SearchFamily> families, int first, List<Locus> loci,
            LikelihoodOptions likelihood, List<RemainsProfile> remains, SearchOptions options, SearchProgress progress) {
        Objects.requireNonNull(likelihood, "likelihood");
        List<Locus> ls = List.copyOf(loci);
        SearchIndex.check(ls, likelihood);
        SearchIndex.checkUnique(families, new HashSet<>());
        DatabaseSearch.checkUnique(remains);
        List<RemainsBatch> chunks = DatabaseSearch.chunks(ls, remains, options);
        Scan scan = new Scan(List.copyOf(families), first, ls, likelihood, chunks, remains.size(), options);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), DatabaseSearch::daemon);
        List<Future<StreamedPart>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < options.threads(); t++) {
                workers.add(pool.submit(scan::work));
            }
            StreamedPart all = scan.empty();
            long total = (long) remains.size() * families.size();
            for (Future<StreamedPart> w : workers) {
                all.absorb(await(w, scan, progress, total));
            }
            progress.update(scan.done.get(), total);
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            throw DatabaseSearch.unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The result of a search of {@code families} whose merged part is {@code part}: candidates with
     * the figures the parts carry, named by the version of an index of all the families.
     */
    public static SearchResult assemble(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions likelihood,
            List<RemainsProfile> remains, SearchOptions options, StreamedPart part) {
        // the parts checked their own slices; a missing person in two slices shows only here
        SearchIndex.checkUnique(families, new HashSet<>());
        DatabaseSearch.checkUnique(remains);
        int covered = 0;
        for (StreamedPart.Slice s : part.byFamily()) {
            covered += s.best().subjects();
        }
        if (covered != families.size() || part.byRemains().subjects() != remains.size() || part.topK() != options.topK()) {
            throw new IllegalArgumentException("the part covers " + covered + " families and " + part.byRemains().subjects()
                    + " remains (top " + part.topK() + "), the search has " + families.size() + " and " + remains.size()
                    + " (top " + options.topK() + ")");
        }
        List<Candidate> ofRemains = new ArrayList<>();
        TopK byRemains = part.byRemains();
        for (int v = 0; v < byRemains.subjects(); v++) {
            for (int slot : byRemains.bestSlots(v)) {
                ofRemains.add(candidate(families, remains, v, byRemains.other(slot), byRemains.figures(slot)));
            }
        }
        List<Candidate> ofMissing = new ArrayList<>();
        for (StreamedPart.Slice s : part.byFamily()) {
            for (int f = 0; f < s.best().subjects(); f++) {
                for (int slot : s.best().bestSlots(f)) {
                    ofMissing.add(candidate(families, remains, s.best().other(slot), s.first() + f, s.best().figures(slot)));
                }
            }
        }
        List<Candidate> above = new ArrayList<>();
        for (int i = 0; i < part.hits().size(); i++) {
            long[] h = part.hits().get(i);
            above.add(candidate(families, remains, (int) h[0], (int) h[1], part.hitFigures().get(i)));
        }
        String version = IndexVersion.next(IndexVersion.base(List.copyOf(loci), likelihood), families);
        return SearchResult.of(options.topK(), options.threshold(), ofRemains, ofMissing, above, part.comparisons(),
                Set.of(version));
    }

    private static Candidate candidate(List<SearchFamily> families, List<RemainsProfile> remains, int v, int f,
            FamilyBlock.PairDetail d) {
        SearchFamily family = families.get(f);
        return new Candidate(remains.get(v).id(), family.family(), family.missing(), d.lr(), d.log10Lr(), d.loci(),
                d.excluded(), List.of());
    }

    /** Waits for one worker, reporting the pairs compared by all of them every so often (on the caller's thread). */
    private static StreamedPart await(Future<StreamedPart> worker, Scan scan, SearchProgress progress, long total)
            throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return worker.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.update(scan.done.get(), total);
            }
        }
    }

    /** The work shared by a slice's workers: the next block to take, and pairs compared so far. */
    private static final class Scan {

        final List<SearchFamily> families;
        final int first;
        final List<Locus> loci;
        final LikelihoodOptions likelihood;
        final List<RemainsBatch> chunks;
        final int remains;
        final SearchOptions options;
        final double[][] freqs;
        final AtomicInteger next = new AtomicInteger();
        final AtomicLong done = new AtomicLong();

        Scan(List<SearchFamily> families, int first, List<Locus> loci, LikelihoodOptions likelihood,
                List<RemainsBatch> chunks, int remains, SearchOptions options) {
            this.families = families;
            this.first = first;
            this.loci = loci;
            this.likelihood = likelihood;
            this.chunks = chunks;
            this.remains = remains;
            this.options = options;
            this.freqs = loci.stream().map(Locus::frequencies).toArray(double[][]::new);
        }

        StreamedPart empty() {
            return StreamedPart.empty(remains, first, families.size(), options.topK());
        }

        /** One worker: blocks until none is left, into heaps of its own over all remains and the slice's families. */
        StreamedPart work() {
            StreamedPart found = empty();
            int keys = 0;
            for (RemainsBatch c : chunks) {
                keys = Math.max(keys, c.keys());
            }
            double[] dense = new double[keys * SearchIndex.BLOCK_SIZE];
            double[] row = new double[SearchIndex.BLOCK_SIZE];
            for (int b = next.getAndIncrement(); (long) b * SearchIndex.BLOCK_SIZE < families.size(); b = next.getAndIncrement()) {
                int local = b * SearchIndex.BLOCK_SIZE;
                FamilyBlock block = FamilyBlock.compile(
                        families.subList(local, Math.min(families.size(), local + SearchIndex.BLOCK_SIZE)), loci,
                        likelihood, freqs);
                int[] offsets = block.offsets();
                for (int c = 0; c < chunks.size(); c++) {
                    RemainsBatch chunk = chunks.get(c);
                    int remainsStart = c * options.remainsPerChunk();
                    block.expand(chunk, dense);
                    for (int r = 0; r < chunk.size; r++) {
                        FamilyBlock.product(chunk, r, loci.size(), dense, block.size(), row);
                        found.offer(block, offsets, row, chunk, r, remainsStart + r, first + local, local,
                                options.threshold());
                    }
                    done.addAndGet((long) chunk.size * block.size());
                }
            }
            return found;
        }
    }
}
