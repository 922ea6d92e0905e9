package org.homecoming.kinship.search;

import java.util.List;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;

/** Peels one family per marker (through the core's {@code Likelihood}) and compiles the result. */
final class FamilyCompiler {

    private FamilyCompiler() {
    }

    static CompiledMarker[] compile(SearchFamily f, List<Locus> loci, LikelihoodOptions options) {
        CompiledMarker[] out = new CompiledMarker[loci.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = compile(f, loci.get(m), options);
        }
        return out;
    }

    private static CompiledMarker compile(SearchFamily f, Locus locus, LikelihoodOptions options) {
        int n = locus.alleleCount();
        boolean[] seen = new boolean[n];
        boolean hasData = false;
        for (String person : f.references().typedAt(locus.name())) {
            if (!f.pedigree().contains(person)) {
                continue;
            }
            Genotype g = f.references().get(person, locus.name()).orElseThrow();
            hasData = true;
            mark(seen, f, locus, g.allele1());
            if (g.allele2() != null) {
                mark(seen, f, locus, g.allele2());
            }
        }
        LumpedLocus lumped = LumpedLocus.of(locus, seen, f.pedigree());
        Locus peeled = lumped == null ? locus : lumped.locus();
        double[] dist = distribution(f, peeled, options);
        for (double d : dist) {
            if (Double.isNaN(d)) {
                throw new FamilyRejectedException(f, "family " + f.family() + ": the references are inconsistent at locus "
                        + locus.name() + (locus.mutation().isTrivial() ? " without a mutation model" : ""), null);
            }
        }
        double[] d0 = peeled.mutation().isTrivial() ? dist : withoutMutation(f, peeled, options);
        if (lumped != null) {
            return MarkerCompiler.compileLumped(locus.frequencies(), lumped.seen(), dist, possible(d0), hasData);
        }
        return MarkerCompiler.compile(locus.frequencies(), dist, possible(d0), seen, hasData);
    }

    private static double[] distribution(SearchFamily f, Locus locus, LikelihoodOptions options) {
        try {
            return Likelihood.genotypeDistribution(f.pedigree(), f.references(), locus, f.missing(), options);
        } catch (IllegalArgumentException e) {
            throw new FamilyRejectedException(f, "family " + f.family() + ", locus " + locus.name() + ": " + e.getMessage(), e);
        }
    }

    /** The distribution without mutation; null when the references need a mutation. */
    private static double[] withoutMutation(SearchFamily f, Locus locus, LikelihoodOptions options) {
        try {
            double[] d = Likelihood.genotypeDistribution(f.pedigree(), f.references(),
                    locus.withMutation(MutationModel.none(locus.alleleCount())), f.missing(), options);
            for (double x : d) {
                if (Double.isNaN(x)) {
                    return null;
                }
            }
            return d;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean[] possible(double[] d0) {
        if (d0 == null) {
            return null;
        }
        boolean[] possible = new boolean[d0.length];
        for (int g = 0; g < d0.length; g++) {
            possible[g] = d0[g] > 0;
        }
        return possible;
    }

    private static void mark(boolean[] seen, SearchFamily f, Locus locus, String allele) {
        int i = locus.indexOf(allele);
        if (i < 0) {
            throw new FamilyRejectedException(f, "family " + f.family() + ", locus " + locus.name() + ": allele " + allele
                    + " is not in the locus's allele list", null);
        }
        seen[i] = true;
    }
}
