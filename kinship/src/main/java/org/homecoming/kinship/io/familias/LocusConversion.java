package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;

/**
 * Turns a Familias locus into a {@link Locus}, as pedFamilias' {@code readFam()} reads it: alleles
 * with a positive frequency, used as written when they sum to one (within 1e-6), else renormalised;
 * the alleles people carry that the database lacks added at the minimum frequency; the mutation
 * model built for the final allele list.
 *
 * <p>The minimum frequency is the locus' "Minor allele frequency" when set, else 5/(2N) for a database
 * of N persons (NRC II, 1996), else the smallest frequency listed. A stepwise model (either sex) needs
 * numeric alleles of at least 1 with at most one decimal; otherwise both sexes get the equal model
 * with their own rates, as pedFamilias does, with a warning. The stationary stepwise model is the
 * stepwise matrix made stationary by {@link StationaryStepwise}.
 */
final class LocusConversion {

    /**
     * Frequencies summing to one within this are used as written, as pedtools does (renormalising
     * rounded frequencies would move every likelihood by about the rounding error).
     */
    static final double FREQUENCY_TOLERANCE = 1e-6;

    private LocusConversion() {
    }

    static Locus convert(String file, FamiliasLocus f, Collection<String> observed, boolean xLinked,
            List<AddedAllele> added, List<String> warnings) {
        List<String> alleles = new ArrayList<>();
        List<Double> freqs = new ArrayList<>();
        double sum = 0;
        double[] given = f.frequencies();
        for (int i = 0; i < given.length; i++) {
            if (given[i] > 0) {
                alleles.add(f.alleles().get(i));
                freqs.add(given[i]);
                sum += given[i];
            }
        }
        if (alleles.isEmpty()) {
            throw new InputFormatException(file, f.line(), "locus " + f.name() + " has no allele with a positive frequency");
        }
        double[] normalised = new double[alleles.size()];
        boolean exact = Math.abs(sum - 1) <= FREQUENCY_TOLERANCE;
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = exact ? freqs.get(i) : freqs.get(i) / sum;
        }
        if (!exact) {
            warnings.add("locus " + f.name() + ": frequencies sum to " + sum + "; renormalised");
        }
        Locus locus = new Locus(f.name(), alleles, normalised, null, Chromosome.AUTOSOMAL);
        List<String> missing = observed.stream().filter(a -> !alleles.contains(a)).distinct().toList();
        if (!missing.isEmpty()) {
            double min = minimumFrequency(f, normalised);
            missing.forEach(a -> added.add(new AddedAllele(f.name(), a, min)));
            try {
                locus = locus.withMissingAlleles(missing, min);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, f.line(), "locus " + f.name() + ": cannot add the alleles "
                        + missing + " that the database lacks: " + e.getMessage());
            }
        }
        locus = locus.withMutation(mutation(file, f, locus, warnings));
        return xLinked ? locus.withChromosome(Chromosome.X) : locus;
    }

    static double minimumFrequency(FamiliasLocus f, double[] freqs) {
        if (f.minorAlleleFrequency() > 0) {
            return f.minorAlleleFrequency();
        }
        if (f.databaseSize() >= 3) {
            return Locus.minimumFrequency(f.databaseSize());
        }
        double min = 1;
        for (double x : freqs) {
            min = Math.min(min, x);
        }
        return min;
    }

    private static MutationModel mutation(String file, FamiliasLocus f, Locus locus, List<String> warnings) {
        try {
            FamiliasMutation female = f.female();
            FamiliasMutation male = f.male();
            String bad = stepwise(female) || stepwise(male)
                    ? locus.alleles().stream().filter(a -> !isStepwiseAllele(a)).findFirst().orElse(null) : null;
            if (bad != null) {
                // pedFamilias switches both sexes to the equal model, each with its own rate
                warnings.add("locus " + f.name() + ": allele '" + bad + "' does not suit a stepwise model;"
                        + " the equal model with the same rates is used");
                female = new FamiliasMutation(FamiliasModel.EQUAL, female.rate(), female.rate2(), female.range());
                male = new FamiliasMutation(FamiliasModel.EQUAL, male.rate(), male.rate2(), male.range());
            }
            Side fs = side(female, f.name(), "female", locus, warnings);
            Side ms = side(male, f.name(), "male", locus, warnings);
            if (fs.matrix.isIdentity() && ms.matrix.isIdentity()) {
                return MutationModel.none(locus.alleleCount());
            }
            return new MutationModel(fs.matrix, ms.matrix, fs.spec, ms.spec);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file, f.line(), "locus " + f.name() + ": invalid mutation model: "
                    + e.getMessage());
        }
    }

    /** One sex's matrix and the parameters it was built from ({@code CUSTOM} for the stationary model). */
    private record Side(MutationMatrix matrix, MutationSpec spec) {
    }

    private static boolean stepwise(FamiliasMutation m) {
        return m.model() != FamiliasModel.EQUAL && m.model() != FamiliasModel.PROPORTIONAL;
    }

    private static Side side(FamiliasMutation m, String name, String sex, Locus locus, List<String> warnings) {
        MutationSpec spec = spec(m);
        MutationModel built = MutationModel.of(spec, spec, locus.alleles(), locus.frequencies());
        // pedFamilias stabilises even an identity stepwise matrix (rate2 = 0, every allele alone in its
        // microvariant group): that fails, and it falls back to the equal model with the file's rate
        if (m.model() != FamiliasModel.STEPWISE_STATIONARY || spec.kind() == MutationSpec.Kind.NONE) {
            return new Side(built.female(), spec);
        }
        return StationaryStepwise.of(built.female(), locus.frequencies())
                .map(p -> new Side(p, MutationSpec.custom()))
                .orElseGet(() -> {
                    warnings.add("locus " + name + ": the " + sex + " stationary stepwise model does not exist for"
                            + " these frequencies; the equal model with rate " + m.rate() + " is used, as"
                            + " pedFamilias does");
                    MutationSpec equal = m.rate() == 0 ? MutationSpec.none() : MutationSpec.equal(m.rate());
                    return new Side(MutationModel.of(equal, equal, locus.alleles(), locus.frequencies()).female(), equal);
                });
    }

    /**
     * The parameters of one sex's model. Familias' unstationary (2), stationary (3, before
     * stabilisation) and extended (4) stepwise models are all pedmut's stepwise matrix with the file's
     * rate, rate2 and range, as pedFamilias reads them.
     */
    static MutationSpec spec(FamiliasMutation m) {
        if (m.rate() == 0 && m.rate2() == 0) {
            return MutationSpec.none();
        }
        return switch (m.model()) {
            case EQUAL -> MutationSpec.equal(m.rate());
            case PROPORTIONAL -> MutationSpec.proportional(m.rate());
            case STEPWISE_UNSTATIONARY, STEPWISE_STATIONARY -> MutationSpec.stepwise(m.rate(), m.rate2(), m.range());
            case EXTENDED_STEPWISE -> MutationSpec.extendedStepwise(m.rate(), m.rate2(), m.range());
        };
    }

    /** A repeat number of at least 1 with at most one decimal (a microvariant such as 9.3). */
    static boolean isStepwiseAllele(String a) {
        if (!a.matches("\\d+(\\.\\d)?")) {
            return false;
        }
        return Double.parseDouble(a) >= 1;
    }
}
