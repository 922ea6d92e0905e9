package org.homecoming.server.landrelease.area;

/**
 * The people who will use the land once released, by sex and age group (girls and boys under 18).
 *
 * <pre>{@code
 * new Beneficiaries(12, 10, 30, 28).total(); // 80
 * }</pre>
 */
public record Beneficiaries(int girls, int boys, int women, int men) {

    public static final Beneficiaries NONE = new Beneficiaries(0, 0, 0, 0);

    public Beneficiaries {
        if (girls < 0 || boys < 0 || women < 0 || men < 0) {
            throw new IllegalArgumentException("beneficiaries: counts must not be negative");
        }
    }

    public int total() {
        return girls + boys + women + men;
    }
}
