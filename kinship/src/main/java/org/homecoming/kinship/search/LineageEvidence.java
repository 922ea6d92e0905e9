package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageMarker;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.lineage.LineageRelation;
import org.homecoming.kinship.lineage.LineageResult;
import org.homecoming.kinship.lineage.MitoComparison;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.lineage.YStrComparison;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * Y-STR and mtDNA haplotypes of remains and references, attached to the candidates of a search:
 * the remains' Y against the family's closest reference on the missing person's paternal line, and
 * its mtDNA against the closest reference on the maternal line.
 *
 * <pre>{@code
 * LineageEvidence e = new LineageEvidence(yBySubject, mitoBySubject);
 * SearchResult withLineage = e.attach(result, families);
 * }</pre>
 *
 * <p>Matching haplotypes are counted (for their frequency) in the population reference set when one
 * is given ({@code lineage_reference.csv}); without one, among all haplotypes of that kind given
 * here — the remains and its relatives included, which inflates the count and understates the LR
 * (docs/kinship-lineage.md). Only reported candidates are compared, so the cost does not grow with the number of pairs.
 * Not thread-safe (it caches frequency look-ups).
 */
public final class LineageEvidence {

    private final Map<String, YHaplotype> y;
    private final Map<String, MitoProfile> mito;
    /** Frequency look-ups depend only on the remains' haplotype: one scan of the database per remains. */
    private final Map<String, LineageResult> yMatches = new HashMap<>();
    private final Map<String, LineageResult> mitoMatches = new HashMap<>();

    private final Optional<LineageReference> reference;

    /** Frequencies counted among the case's own haplotypes (no population reference set). */
    public LineageEvidence(Map<String, YHaplotype> y, Map<String, MitoProfile> mito) {
        this(y, mito, Optional.empty());
    }

    /**
     * @param y subject id (remains or family member) → Y-STR haplotype; {@code mito} likewise for mtDNA
     * @param reference the population set frequencies are counted in; empty: counted in {@code y} and {@code mito}
     */
    public LineageEvidence(Map<String, YHaplotype> y, Map<String, MitoProfile> mito, Optional<LineageReference> reference) {
        this.y = Map.copyOf(Objects.requireNonNull(y, "y"));
        this.mito = Map.copyOf(Objects.requireNonNull(mito, "mito"));
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** The population reference set frequencies are counted in, if any. */
    public Optional<LineageReference> reference() {
        return reference;
    }

    /** Whether there is any haplotype to compare. */
    public boolean isEmpty() {
        return y.isEmpty() && mito.isEmpty();
    }

    /** {@code result} with every candidate's lineage comparisons (none where a side has no haplotype). */
    public SearchResult attach(SearchResult result, Collection<SearchFamily> families) {
        Map<String, SearchFamily> byMissing = new HashMap<>();
        families.forEach(f -> byMissing.put(f.missing(), f));
        Map<Candidate, Candidate> done = new HashMap<>();
        return result.map(c -> done.computeIfAbsent(c, x -> x.withLineage(compare(x, byMissing.get(x.missing())))));
    }

    /** The lineage results of one remains against one family's missing person. */
    public List<LineageResult> compare(Candidate c, SearchFamily f) {
        List<LineageResult> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        YHaplotype ry = y.get(c.remains());
        String yRef = closest(f, y, LineageRelation::paternal);
        if (ry != null && yRef != null) {
            YStrComparison cmp = YStrComparison.of(ry, y.get(yRef));
            out.add(cmp.conclusion() == LineageConclusion.CANNOT_EXCLUDE
                    ? yMatches.computeIfAbsent(c.remains(), k -> counted(LineageMarker.Y_STR, () -> LineageResult.ofY(cmp, ry, reference.map(r -> (Collection<YHaplotype>) r.y()).orElse(y.values()))))
                    : LineageResult.ofY(cmp, ry, List.of()));
        }
        MitoProfile rm = mito.get(c.remains());
        String mRef = closest(f, mito, LineageRelation::maternal);
        if (rm != null && mRef != null) {
            MitoComparison cmp = MitoComparison.of(rm, mito.get(mRef));
            out.add(cmp.conclusion() == LineageConclusion.CANNOT_EXCLUDE
                    ? mitoMatches.computeIfAbsent(c.remains(), k -> counted(LineageMarker.MTDNA, () -> LineageResult.ofMito(cmp, rm, reference.map(r -> (Collection<MitoProfile>) r.mito()).orElse(mito.values()))))
                    : LineageResult.ofMito(cmp, rm, List.of()));
        }
        return out;
    }

    /**
     * A consistent comparison weighed by its frequency; inconclusive (no weight) when no individual
     * of the reference set is typed at every marker of the remains, so its frequency cannot be counted.
     */
    private static LineageResult counted(LineageMarker marker, Supplier<LineageResult> count) {
        try {
            return count.get();
        } catch (IllegalArgumentException e) {
            return LineageResult.of(marker, LineageConclusion.INCONCLUSIVE);
        }
    }

    /** The family member with a haplotype who shares the line with the missing person over the fewest meioses. */
    private static String closest(SearchFamily f, Map<String, ?> typed,
            TriFunction<Pedigree, String, String, OptionalInt> relation) {
        String best = null;
        int bestMeioses = Integer.MAX_VALUE;
        for (String id : f.pedigree().ids()) {
            if (id.equals(f.missing()) || !typed.containsKey(id)) {
                continue;
            }
            OptionalInt m = relation.apply(f.pedigree(), f.missing(), id);
            if (m.isPresent() && m.getAsInt() < bestMeioses) {
                bestMeioses = m.getAsInt();
                best = id;
            }
        }
        return best;
    }

    @FunctionalInterface
    private interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }
}
