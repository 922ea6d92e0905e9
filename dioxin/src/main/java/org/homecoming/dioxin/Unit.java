package org.homecoming.dioxin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A concentration unit with its explicit factor to the base unit of its {@link Basis}: pg/g dry weight
 * (= ng/kg = ppt), pg/L, or pg/g lipid.
 *
 * <p>{@code Unit.parse("ng/g").toBase(0.5)} is {@code 500.0} (pg/g).
 *
 * <p>ppt means parts per trillion by mass of dry soil, i.e. pg/g; it is not accepted for water or lipid.
 */
public enum Unit {
    PG_PER_G("pg/g", Basis.DRY_WEIGHT, 1),
    NG_PER_KG("ng/kg", Basis.DRY_WEIGHT, 1),
    PPT("ppt", Basis.DRY_WEIGHT, 1),
    NG_PER_G("ng/g", Basis.DRY_WEIGHT, 1000),
    PG_PER_L("pg/L", Basis.VOLUME, 1),
    PG_PER_G_LIPID("pg/g lipid", Basis.LIPID, 1);

    private final String symbol;
    private final Basis basis;
    private final double toBase;

    Unit(String symbol, Basis basis, double toBase) {
        this.symbol = symbol;
        this.basis = basis;
        this.toBase = toBase;
    }

    public String symbol() {
        return symbol;
    }

    public Basis basis() {
        return basis;
    }

    /** The concentration in the base unit of this unit's basis (pg/g, pg/L or pg/g lipid). */
    public double toBase(double value) {
        return value * toBase;
    }

    /** The unit written as a laboratory writes it; case and spaces around it do not matter. */
    public static Unit parse(String s) {
        String k = s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Unit u : values()) {
            if (u.symbol.toLowerCase(Locale.ROOT).equals(k)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unit must be one of "
                + Arrays.stream(values()).map(Unit::symbol).collect(Collectors.joining(", ")) + ": " + s);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
