package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;

/**
 * The families of a database, precompiled for search: per family and marker, the missing person's
 * genotype distribution given the references, as ratios to population frequencies in a compact
 * exact form ({@link MarkerCompiler}), stored in cache-sized blocks.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(families, loci, LikelihoodOptions.defaults(), 2);
 * SearchIndex more = index.with(List.of(newFamily), 1);   // incremental: older blocks are shared
 * }</pre>
 *
 * <p>Immutable. Loci must be autosomal and list every allele the remains may carry (extend them
 * with {@code Locus.withMissingAlleles} first); θ must be 0. Building peels each family once per
 * marker (twice when the marker has a mutation model, to find what is impossible without mutation).
 */
public final class SearchIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Families per block: a block of typical families takes a few hundred KB, about an L2 cache. */
    static final int BLOCK_SIZE = 64;

    private final List<Locus> loci;
    private final LikelihoodOptions options;
    private final List<FamilyBlock> blocks;
    private final int[] blockStart;
    private final String[] family;
    private final String[] missing;
    private final String version;

    private SearchIndex(List<Locus> loci, LikelihoodOptions options, List<FamilyBlock> blocks, String[] family,
            String[] missing, String version) {
        this.version = version;
        this.loci = loci;
        this.options = options;
        this.blocks = List.copyOf(blocks);
        this.family = family;
        this.missing = missing;
        this.blockStart = new int[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            blockStart[b + 1] = blockStart[b] + blocks.get(b).size();
        }
    }

    /** Compiles {@code families} with {@code threads} workers; references are scored with {@code options}. */
    public static SearchIndex build(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions options, int threads) {
        return build(families, loci, options, threads, SearchProgress.NONE);
    }

    /** As {@link #build(List, List, LikelihoodOptions, int)}, reporting families compiled out of all. */
    public static SearchIndex build(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions options, int threads,
            SearchProgress progress) {
        Objects.requireNonNull(options, "options");
        List<Locus> ls = List.copyOf(loci);
        check(ls, options);
        return new SearchIndex(ls, options, List.of(), new String[0], new String[0], IndexVersion.base(ls, options))
                .with(families, threads, progress);
    }

    /** This index with {@code more} families appended in new blocks; the existing blocks are reused. */
    public SearchIndex with(List<SearchFamily> more, int threads) {
        return with(more, threads, SearchProgress.NONE);
    }

    /** As {@link #with(List, int)}, reporting families compiled out of {@code more.size()}. */
    public SearchIndex with(List<SearchFamily> more, int threads, SearchProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        checkUnique(more, new HashSet<>(Arrays.asList(missing)));
        List<FamilyBlock> all = new ArrayList<>(blocks);
        all.addAll(compile(more, threads, progress));
        String[] fam = Arrays.copyOf(family, family.length + more.size());
        String[] mis = Arrays.copyOf(missing, missing.length + more.size());
        for (int i = 0; i < more.size(); i++) {
            fam[family.length + i] = more.get(i).family();
            mis[missing.length + i] = more.get(i).missing();
        }
        return new SearchIndex(loci, options, all, fam, mis, IndexVersion.next(version, more));
    }

    /**
     * What this index was compiled from, as a SHA-256 in hex: the loci and options, then each set of
     * families added, in order, as given ({@link IndexVersion}). An index built in one go and one
     * extended by {@link #with} have different versions even with the same families, because they
     * have different histories; two builds of the same families in the same order have the same
     * version, on any machine.
     */
    public String version() {
        return version;
    }

    public List<Locus> loci() {
        return loci;
    }

    public LikelihoodOptions options() {
        return options;
    }

    /** Number of (family, missing person) entries. */
    public int size() {
        return family.length;
    }

    public String family(int i) {
        return family[i];
    }

    public String missing(int i) {
        return missing[i];
    }

    /**
     * One remains against entry {@code i} alone, from the compiled tables: the figures a search
     * reports for that pair (the LR is 0 when the pair is impossible). Sexes are not checked here.
     */
    public Candidate compare(RemainsProfile v, int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("entry " + i + " of an index of " + size());
        }
        RemainsBatch one = new RemainsBatch(List.of(v), loci);
        int b = blockOf(i);
        FamilyBlock block = blocks.get(b);
        FamilyBlock.PairDetail d = block.detail(i - blockStart[b], one, 0, block.offsets());
        return new Candidate(v.id(), family[i], missing[i], d.lr(), d.log10Lr(), d.loci(), d.excluded(), List.of());
    }

    /**
     * The LR of {@code v} against every entry, in index order, as the search scores it; 0 where the
     * sexes are incompatible. For a caller that needs every pair of one remains, not only the best.
     */
    public double[] lrs(RemainsProfile v) {
        RemainsBatch one = new RemainsBatch(List.of(v), loci);
        double[] out = new double[size()];
        double[] row = new double[BLOCK_SIZE];
        double[] dense = new double[one.keys() * BLOCK_SIZE];
        for (int b = 0; b < blocks.size(); b++) {
            FamilyBlock block = blocks.get(b);
            block.expand(one, dense);
            FamilyBlock.product(one, 0, loci.size(), dense, block.size(), row);
            for (int f = 0; f < block.size(); f++) {
                out[blockStart[b] + f] = block.sexCompatible(f, one.sex[0]) && row[f] > 0 ? row[f] : 0;
            }
        }
        return out;
    }

    /** Heap bytes of the compiled families (values, masks, flags and offsets; ids excluded). */
    public long compiledBytes() {
        long b = 0;
        for (FamilyBlock block : blocks) {
            b += block.bytes();
        }
        return b;
    }

    List<FamilyBlock> blocks() {
        return blocks;
    }

    int blockStart(int block) {
        return blockStart[block];
    }

    int blockOf(int familyIndex) {
        int b = Arrays.binarySearch(blockStart, familyIndex);
        b = b >= 0 ? b : -b - 2;
        while (blockStart[b + 1] == blockStart[b]) {
            b++;
        }
        return b;
    }

    private List<FamilyBlock> compile(List<SearchFamily> more, int threads, SearchProgress progress) {
        double[][] freqs = loci.stream().map(Locus::frequencies).toArray(double[][]::new);
        List<FamilyBlock> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, DatabaseSearch::daemon);
        try {
            List<Future<FamilyBlock>> futures = new ArrayList<>();
            for (int from = 0; from < more.size(); from += BLOCK_SIZE) {
                List<SearchFamily> part = more.subList(from, Math.min(more.size(), from + BLOCK_SIZE));
                futures.add(pool.submit(() -> FamilyBlock.compile(part, loci, options, freqs)));
            }
            long done = 0;
            for (Future<FamilyBlock> f : futures) {
                out.add(f.get());
                done += out.get(out.size() - 1).size();
                progress.update(done, more.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", e);
        } catch (ExecutionException e) {
            throw DatabaseSearch.unwrap(e);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** Refuses a missing person named twice among {@code families} or already in {@code ids} (which grows). */
    static void checkUnique(List<SearchFamily> families, Set<String> ids) {
        for (SearchFamily f : families) {
            if (!ids.add(f.missing())) {
                throw new IllegalArgumentException("missing person " + f.missing() + " appears twice in the index");
            }
        }
    }

    /** Refuses what the search does not compute: θ > 0, X-linked loci, a locus twice. */
    static void check(List<Locus> loci, LikelihoodOptions options) {
        if (options.theta() != 0) {
            throw new IllegalArgumentException("the database search computes θ = 0 only: theta " + options.theta());
        }
        Set<String> names = new HashSet<>();
        for (Locus l : loci) {
            if (l.chromosome() != Chromosome.AUTOSOMAL) {
                throw new IllegalArgumentException("locus " + l.name() + " is X-linked; the database search compares autosomal loci");
            }
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("locus appears twice: " + l.name());
            }
        }
    }
}
