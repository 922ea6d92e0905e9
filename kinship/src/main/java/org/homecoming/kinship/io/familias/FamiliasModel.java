package org.homecoming.kinship.io.familias;

/**
 * The mutation models of Familias, with the integer code a {@code .fam} file stores for each.
 *
 * <p>{@code FamiliasModel.ofCode(4) == FamiliasModel.EXTENDED_STEPWISE}
 *
 * <p>The stationary stepwise model is Familias' stepwise model made stationary with respect to the
 * allele frequencies ("Stepwise (Stationary)" in its menus).
 */
public enum FamiliasModel {
    EQUAL(0),
    PROPORTIONAL(1),
    STEPWISE_UNSTATIONARY(2),
    STEPWISE_STATIONARY(3),
    EXTENDED_STEPWISE(4);

    private final int code;

    FamiliasModel(int code) {
        this.code = code;
    }

    /** The number Familias writes for this model. */
    public int code() {
        return code;
    }

    /** The model with Familias code {@code code} (0–4). */
    public static FamiliasModel ofCode(int code) {
        for (FamiliasModel m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        throw new IllegalArgumentException("Familias mutation model code must be 0-4: " + code);
    }
}
