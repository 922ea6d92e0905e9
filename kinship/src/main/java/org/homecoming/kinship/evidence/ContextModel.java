package org.homecoming.kinship.evidence;

/**
 * The assumptions the non-DNA likelihood ratios rest on (docs/kinship-evidence.md gives the reasons
 * for each default).
 *
 * <p>{@code ContextModel.defaults().withArtifactLr(10)}
 *
 * @param displacement where a body came to rest around the loss place: locally (an aid station,
 *     a grave dug by comrades), regionally (a cemetery of the province) or far, per kind of site
 * @param sexAccuracy probability that a determined anthropological sex estimate is right
 * @param ageSlackYears how far (standard deviation, years) the true age may lie outside the
 *     anthropological age range
 * @param ageMisestimate probability that the age range is plainly wrong (any age equally likely)
 * @param artifactLr LR of an object found with the remains that bears the missing person's name
 * @param cap each factor is kept in [1/cap, cap]
 */
public record ContextModel(Displacement displacement, double sexAccuracy, double ageSlackYears, double ageMisestimate, double artifactLr, double cap) {

    public ContextModel {
        java.util.Objects.requireNonNull(displacement, "displacement");
        if (!(sexAccuracy > 0.5 && sexAccuracy < 1)) {
            throw new IllegalArgumentException("sexAccuracy must be in (0.5, 1): " + sexAccuracy);
        }
        positive("ageSlackYears", ageSlackYears);
        probability("ageMisestimate", ageMisestimate);
        if (!(artifactLr >= 1) || Double.isInfinite(artifactLr)) {
            throw new IllegalArgumentException("artifactLr must be finite and >= 1: " + artifactLr);
        }
        if (!(cap >= 1) || Double.isInfinite(cap)) {
            throw new IllegalArgumentException("cap must be finite and >= 1: " + cap);
        }
    }

    /**
     * {@link Displacement#defaults()} (2 km, 10 % moved, 50 % from cemeteries), sex 95 % right, age
     * ±3 years and 2 % wrong, artifact 20, cap 100.
     */
    public static ContextModel defaults() {
        return new ContextModel(Displacement.defaults(), 0.95, 3, 0.02, 20, 100);
    }

    public ContextModel withArtifactLr(double lr) {
        return new ContextModel(displacement, sexAccuracy, ageSlackYears, ageMisestimate, lr, cap);
    }

    /** The same model with a displacement fitted to the programme ({@link DisplacementFit}). */
    public ContextModel withDisplacement(Displacement fitted) {
        return new ContextModel(fitted, sexAccuracy, ageSlackYears, ageMisestimate, artifactLr, cap);
    }

    /** {@code lr} kept in [1/cap, cap]. */
    double capped(double lr) {
        return Math.max(1 / cap, Math.min(cap, lr));
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + v);
        }
    }

    private static void probability(String name, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1): " + v);
        }
    }
}
