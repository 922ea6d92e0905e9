package org.homecoming.dioxin;

/**
 * What a concentration is measured against: dry soil or sediment, a volume of water, or the lipid of a tissue.
 * TEQs add only concentrations of one basis.
 *
 * <p>{@code Unit.NG_PER_KG.basis()} is {@code DRY_WEIGHT}; its TEQ unit is {@code pg/g}.
 */
public enum Basis {
    DRY_WEIGHT("pg/g"),
    VOLUME("pg/L"),
    LIPID("pg/g lipid");

    private final String teqUnit;

    Basis(String teqUnit) {
        this.teqUnit = teqUnit;
    }

    /** The unit every TEQ of this basis is given in. */
    public String teqUnit() {
        return teqUnit;
    }
}
