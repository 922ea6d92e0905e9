package org.homecoming.kinship.mutation;

/**
 * The named parameters of a mutation model, as Familias and pedmut state them, kept so a result
 * can state and reproduce its model.
 *
 * <p>{@code MutationSpec.stepwise(0.002, 1e-6, 0.1)}
 *
 * <p>{@code rate} is the total rate of the model (for stepwise models: the rate of whole-repeat
 * mutations), {@code rate2} the rate of mutations between an integer allele and a microvariant
 * (stepwise models only, else 0), {@code range} the ratio of the probabilities of an (n+1)-step and
 * an n-step mutation (stepwise models only, else 0). A {@code CUSTOM} spec carries no parameters;
 * its matrix comes from elsewhere (e.g. a Familias file).
 */
public record MutationSpec(Kind kind, double rate, double rate2, double range) {

    /** The models Familias and pedmut share. */
    public enum Kind {
        /** No mutation: the identity matrix. */
        NONE,
        /** pedmut "equal": stay with 1 − rate, any other allele with rate / (n − 1). */
        EQUAL,
        /** pedmut "proportional": M = (1 − a)I + a·1pᵀ with a = rate / Σ p(1 − p). */
        PROPORTIONAL,
        /** pedmut "stepwise" (Familias "Stepwise"): rate, rate2 for microvariant steps, range. */
        STEPWISE,
        /** Familias "Extended stepwise": read by pedFamilias into pedmut's stepwise matrix. */
        EXTENDED_STEPWISE,
        /** A matrix given entry by entry. */
        CUSTOM
    }

    public MutationSpec {
        if (kind == null) {
            throw new IllegalArgumentException("mutation model kind must not be null");
        }
        checkUnit("mutation rate", rate);
        checkUnit("mutation rate2", rate2);
        if (kind == Kind.STEPWISE || kind == Kind.EXTENDED_STEPWISE) {
            if (!(range > 0) || Double.isInfinite(range)) {
                throw new IllegalArgumentException("mutation range must be positive: " + range);
            }
            if (rate + rate2 > 1) {
                throw new IllegalArgumentException("mutation rate + rate2 must be in [0, 1]: " + (rate + rate2));
            }
        } else if (!(range >= 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("mutation range must be non-negative: " + range);
        }
    }

    private static void checkUnit(String what, double x) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + x);
        }
    }

    /** No mutation. */
    public static MutationSpec none() {
        return new MutationSpec(Kind.NONE, 0, 0, 0);
    }

    /** pedmut's "equal" model with the given total rate. */
    public static MutationSpec equal(double rate) {
        return new MutationSpec(Kind.EQUAL, rate, 0, 0);
    }

    /** pedmut's "proportional" model with the given total rate. */
    public static MutationSpec proportional(double rate) {
        return new MutationSpec(Kind.PROPORTIONAL, rate, 0, 0);
    }

    /** pedmut's "stepwise" model. */
    public static MutationSpec stepwise(double rate, double rate2, double range) {
        return new MutationSpec(Kind.STEPWISE, rate, rate2, range);
    }

    /** Familias' "Extended stepwise" model (same matrix as {@link #stepwise}). */
    public static MutationSpec extendedStepwise(double rate, double rate2, double range) {
        return new MutationSpec(Kind.EXTENDED_STEPWISE, rate, rate2, range);
    }

    /** A matrix given entry by entry. */
    public static MutationSpec custom() {
        return new MutationSpec(Kind.CUSTOM, 0, 0, 0);
    }

    /** True when the matrix can be rebuilt from these parameters for any allele list. */
    public boolean isParametric() {
        return kind != Kind.CUSTOM;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case CUSTOM -> "custom";
            case EQUAL, PROPORTIONAL -> kind.name().toLowerCase() + "(rate=" + rate + ")";
            case STEPWISE, EXTENDED_STEPWISE -> kind.name().toLowerCase().replace('_', ' ')
                    + "(rate=" + rate + ", rate2=" + rate2 + ", range=" + range + ")";
        };
    }
}
