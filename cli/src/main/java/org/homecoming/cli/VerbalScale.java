package org.homecoming.cli;

/**
 * Words for the strength of a likelihood ratio, after the ENFSI guideline for evaluative reporting
 * (2015): 1–10 weak, 10–100 moderate, 100–1,000 moderately strong, 1,000–10,000 strong,
 * 10,000–1,000,000 very strong, above 1,000,000 extremely strong support.
 *
 * <p>{@code VerbalScale.describe(2500, "H1", "H2")} gives {@code "strong support for H1 over H2"}
 *
 * <p>A ratio below one is described as support for the second hypothesis by 1/LR; an upper bound
 * belongs to its band (10 is weak, 10.0001 moderate). Zero, infinite and undefined (0/0) ratios are
 * stated as exclusions.
 */
final class VerbalScale {

    private static final double[] BOUNDS = {1, 10, 100, 1_000, 10_000, 1_000_000};
    private static final String[] WORDS = {"weak", "moderate", "moderately strong", "strong", "very strong",
        "extremely strong"};

    private VerbalScale() {
    }

    /** The strength of {@code lr} for {@code h} against {@code ref}, in words. */
    static String describe(double lr, String h, String ref) {
        if (Double.isNaN(lr)) {
            return "undefined: the data exclude both " + h + " and " + ref;
        }
        if (lr < 0) {
            throw new IllegalArgumentException("likelihood ratio must not be negative: " + lr);
        }
        if (lr == Double.POSITIVE_INFINITY) {
            return "the data exclude " + ref;
        }
        if (lr == 0) {
            return "the data exclude " + h;
        }
        if (lr == 1) {
            return "no support for either " + h + " or " + ref;
        }
        return lr > 1 ? band(lr) + " support for " + h + " over " + ref
                : band(1 / lr) + " support for " + ref + " over " + h;
    }

    /** The band word of a ratio above one. */
    static String band(double lr) {
        for (int i = BOUNDS.length - 1; i >= 0; i--) {
            if (lr > BOUNDS[i]) {
                return WORDS[i];
            }
        }
        throw new IllegalArgumentException("ratio must exceed 1: " + lr);
    }
}
