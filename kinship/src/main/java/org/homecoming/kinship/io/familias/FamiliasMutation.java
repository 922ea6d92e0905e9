package org.homecoming.kinship.io.familias;

import java.util.Objects;

/**
 * The mutation parameters of one locus for one sex, as a {@code .fam} file gives them.
 *
 * <p>{@code new FamiliasMutation(FamiliasModel.EXTENDED_STEPWISE, 0.002, 1e-6, 0.1)}
 *
 * <p>{@code rate2} is the rate of mutations to and from microvariants and {@code range} the ratio
 * between the probabilities of steps of length k + 1 and k; both matter only to stepwise models.
 * A rate of zero means no mutation, whatever the model.
 */
public record FamiliasMutation(FamiliasModel model, double rate, double rate2, double range) {

    public FamiliasMutation {
        Objects.requireNonNull(model, "model");
        check("mutation rate", rate);
        check("mutation rate2", rate2);
        if (!(range >= 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("mutation range must be a finite number >= 0: " + range);
        }
    }

    /** No mutation. */
    public static FamiliasMutation none() {
        return new FamiliasMutation(FamiliasModel.EQUAL, 0, 0, 0);
    }

    private static void check(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + v);
        }
    }
}
