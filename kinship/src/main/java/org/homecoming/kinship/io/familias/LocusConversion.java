package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;

/**
 * Turns a Familias locus into a {@link Locus}: alleles with a positive frequency, renormalised; the
 * alleles people carry that the database lacks added at the minimum frequency; the mutation model
 * built for the final allele list.
 *
 * <p>The minimum frequency is the locus' "Minor allele frequency" when set, else 5/(2N) for a database
 * of N persons (NRC II, 1996), else the smallest frequency listed. A stepwise model needs numeric
 * alleles with at most one decimal; otherwise the equal model with the same rate is used, as
 * pedFamilias does, with a warning.
 */
final class LocusConversion {

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
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = freqs.get(i) / sum;
        }
        if (Math.abs(sum - 1) > 1e-3) {
            warnings.add("locus " + f.name() + ": frequencies sum to " + sum + "; renormalised");
        }
        Locus locus = Locus.of(f.name(), alleles, normalised);
        List<String> missing = observed.stream().filter(a -> !alleles.contains(a)).distinct().toList();
        if (!missing.isEmpty()) {
            double min = minimumFrequency(f, normalised);
            missing.forEach(a -> added.add(new AddedAllele(f.name(), a, min)));
            locus = locus.withMissingAlleles(missing, min);
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
            MutationSpec female = spec(f.female(), f.name(), "female", locus.alleles(), warnings);
            MutationSpec male = spec(f.male(), f.name(), "male", locus.alleles(), warnings);
            if (female.kind() == MutationSpec.Kind.NONE && male.kind() == MutationSpec.Kind.NONE) {
                return MutationModel.none(locus.alleleCount());
            }
            return MutationModel.of(female, male, locus.alleles(), locus.frequencies());
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file, f.line(), "locus " + f.name() + ": invalid mutation model: "
                    + e.getMessage());
        }
    }

    static MutationSpec spec(FamiliasMutation m, String locus, String sex, List<String> alleles,
            List<String> warnings) {
        if (m.rate() == 0 && m.rate2() == 0) {
            return MutationSpec.none();
        }
        boolean stepwise = m.model() != FamiliasModel.EQUAL && m.model() != FamiliasModel.PROPORTIONAL;
        if (stepwise) {
            String bad = alleles.stream().filter(a -> !isStepwiseAllele(a)).findFirst().orElse(null);
            if (bad != null) {
                warnings.add("locus " + locus + ": allele '" + bad + "' does not suit the " + sex
                        + " stepwise model; the equal model with rate " + m.rate() + " is used");
                return MutationSpec.equal(m.rate());
            }
        }
        return switch (m.model()) {
            case EQUAL -> MutationSpec.equal(m.rate());
            case PROPORTIONAL -> MutationSpec.proportional(m.rate());
            case STEPWISE_UNSTATIONARY -> MutationSpec.stepwise(m.rate(), m.rate2(), m.range());
            case STEPWISE_STATIONARY -> {
                warnings.add("locus " + locus + ": Familias' stationary stepwise model (" + sex
                        + ") is read as the stepwise model without stabilisation");
                yield MutationSpec.stepwise(m.rate(), m.rate2(), m.range());
            }
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
