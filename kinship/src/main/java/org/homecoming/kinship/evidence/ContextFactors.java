package org.homecoming.kinship.evidence;

/**
 * The non-DNA likelihood ratios of one remains × missing person, each shown on its own; 1 where the
 * records give no evidence of that kind.
 *
 * <p>{@code new ContextFactors(12.5, 1.9, 1.02, 20).lr()} is their product, 969.
 *
 * @param distance loss place against recovery place
 * @param age anthropological age range against age at loss
 * @param sex anthropological sex estimate against the registered sex
 * @param artifact an object bearing the missing person's name
 */
public record ContextFactors(double distance, double age, double sex, double artifact) {

    /** No evidence of any kind. */
    public static final ContextFactors NONE = new ContextFactors(1, 1, 1, 1);

    public ContextFactors {
        for (double f : new double[] {distance, age, sex, artifact}) {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("context factors must be finite and > 0: " + f);
            }
        }
    }

    /** Natural log of the product (the factors are taken as independent given who the remains are). */
    public double lnLr() {
        return Math.log(distance) + Math.log(age) + Math.log(sex) + Math.log(artifact);
    }

    public double lr() {
        return Math.exp(lnLr());
    }
}
