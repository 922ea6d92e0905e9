package org.homecoming.kinship.mutation;

import java.io.Serializable;
import java.util.List;

/**
 * The mutation process of one marker: a matrix for transmissions from mothers and one for
 * transmissions from fathers, with the parameters they were built from.
 *
 * <p>{@code MutationModel m = MutationModel.of(MutationSpec.stepwise(0.001, 1e-6, 0.1),
 * MutationSpec.stepwise(0.002, 1e-6, 0.1), List.of("9", "9.3", "10"), freqs);}
 *
 * <p>Matrices follow pedmut's {@code mutationMatrix()} definitions exactly (see
 * {@link MutationSpec.Kind}); at an X-linked marker the male matrix applies to father→daughter
 * transmissions.
 */
public record MutationModel(MutationMatrix female, MutationMatrix male, MutationSpec femaleSpec,
                            MutationSpec maleSpec) implements Serializable {

    public MutationModel {
        if (female == null || male == null || femaleSpec == null || maleSpec == null) {
            throw new IllegalArgumentException("mutation model parts must not be null");
        }
        if (female.size() != male.size()) {
            throw new IllegalArgumentException("female and male mutation matrices differ in size: "
                    + female.size() + " and " + male.size());
        }
    }

    /** No mutation at a marker with {@code n} alleles. */
    public static MutationModel none(int n) {
        MutationMatrix id = MutationMatrix.identity(n);
        return new MutationModel(id, id, MutationSpec.none(), MutationSpec.none());
    }

    /** The same custom matrix for both sexes. */
    public static MutationModel custom(MutationMatrix m) {
        return new MutationModel(m, m, MutationSpec.custom(), MutationSpec.custom());
    }

    /** Custom matrices per sex. */
    public static MutationModel custom(MutationMatrix female, MutationMatrix male) {
        return new MutationModel(female, male, MutationSpec.custom(), MutationSpec.custom());
    }

    /** The equal model, same rate for both sexes. */
    public static MutationModel equal(double rate, int n) {
        MutationSpec s = MutationSpec.equal(rate);
        MutationMatrix m = MutationMatrices.equal(rate, n);
        return new MutationModel(m, m, s, s);
    }

    /** The proportional model, same rate for both sexes. */
    public static MutationModel proportional(double rate, double[] freqs) {
        MutationSpec s = MutationSpec.proportional(rate);
        MutationMatrix m = MutationMatrices.proportional(rate, freqs);
        return new MutationModel(m, m, s, s);
    }

    /** The stepwise model, same parameters for both sexes; alleles must be numeric. */
    public static MutationModel stepwise(List<String> alleles, double rate, double rate2, double range) {
        MutationSpec s = MutationSpec.stepwise(rate, rate2, range);
        MutationMatrix m = MutationMatrices.stepwise(alleles, rate, rate2, range);
        return new MutationModel(m, m, s, s);
    }

    /**
     * The model each spec describes, built for these alleles and frequencies; a {@code CUSTOM} spec
     * cannot be built from parameters and is refused.
     */
    public static MutationModel of(MutationSpec female, MutationSpec male, List<String> alleles, double[] freqs) {
        if (alleles.size() != freqs.length) {
            throw new IllegalArgumentException("alleles and frequencies differ in length: "
                    + alleles.size() + " and " + freqs.length);
        }
        MutationMatrix f = MutationMatrices.build(female, alleles, freqs);
        MutationMatrix m = male.equals(female) ? f : MutationMatrices.build(male, alleles, freqs);
        return new MutationModel(f, m, female, male);
    }

    /** The matrix for transmissions from a father ({@code true}) or a mother ({@code false}). */
    public MutationMatrix matrix(boolean male) {
        return male ? this.male : female;
    }

    /** Number of alleles. */
    public int size() {
        return female.size();
    }

    /** True when neither sex can mutate (both matrices are the identity). */
    public boolean isTrivial() {
        return female.isIdentity() && male.isIdentity();
    }

    /** True when both specs are parametric, so the model can be rebuilt for another allele list. */
    public boolean isParametric() {
        return femaleSpec.isParametric() && maleSpec.isParametric();
    }
}
