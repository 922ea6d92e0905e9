package org.homecoming.dioxin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Toxic equivalents: TEQ = Σ concentration × TEF over the congeners of one sample, under one TEF scheme, with
 * non-detects counted by the lower, medium and upper bound.
 *
 * <p>{@code new TeqCalculator(TefSchemeId.WHO_2005.load()).calculate(measurements, NonDetectBound.UPPER)}
 *
 * <p>Concentrations are converted to the base unit of their basis first; results of different bases (dry
 * weight, water, lipid) are refused, as are two results for one congener. A reported name that is not a
 * congener of the scheme is listed in {@link TeqResult#notInScheme()}, never dropped in silence.
 */
public final class TeqCalculator {

    /** EU confirmation rule: an exceedance is confirmed only when the bounds differ by at most 20%. */
    static final double MAX_BOUND_SPREAD = 0.20;
    static final double MAX_NON_DETECT_SHARE = 0.80;

    private final TefScheme scheme;
    private final Congeners congeners;

    public TeqCalculator(TefScheme scheme) {
        this(scheme, Congeners.standard());
    }

    public TeqCalculator(TefScheme scheme, Congeners congeners) {
        this.scheme = scheme;
        this.congeners = congeners;
    }

    public TeqResult calculate(List<Measurement> measurements, NonDetectBound bound) {
        Basis basis = commonBasis(measurements);
        Map<NonDetectBound, double[]> sums = new EnumMap<>(NonDetectBound.class);
        for (NonDetectBound b : NonDetectBound.values()) {
            sums.put(b, new double[3]); // total, from non-detects, from 2,3,7,8-TCDD
        }
        List<String> notInScheme = new ArrayList<>();
        Set<Congener> seen = new HashSet<>();
        for (Measurement m : measurements) {
            var congener = congeners.find(m.congener());
            OptionalDouble tef = congener.isPresent() ? scheme.factor(congener.get()) : OptionalDouble.empty();
            if (tef.isEmpty()) {
                notInScheme.add(m.congener());
                continue;
            }
            if (!seen.add(congener.get())) {
                throw new IllegalArgumentException(congener.get() + " is reported twice in one sample");
            }
            for (NonDetectBound b : NonDetectBound.values()) {
                double part = b.concentration(m) * tef.getAsDouble();
                double[] s = sums.get(b);
                s[0] += part;
                s[1] += m.detected() ? 0 : part;
                s[2] += congener.get().isTcdd() ? part : 0;
            }
        }
        double[] chosen = sums.get(bound);
        double[] upper = sums.get(NonDetectBound.UPPER);
        double lower = sums.get(NonDetectBound.LOWER)[0];
        return new TeqResult(scheme.id(), bound, basis, chosen[0], lower, sums.get(NonDetectBound.MEDIUM)[0], upper[0],
                share(chosen[1], chosen[0]), share(chosen[2], chosen[0]), flags(lower, upper[0], upper[1]), notInScheme);
    }

    /**
     * Each congener's part of the TEQ at {@code bound}, under its canonical name and in the usual order of the
     * congener list (2,3,7,8-TCDD first, the dibenzofurans after the dioxins, the PCBs last); congeners outside the
     * scheme are left out here (the TEQ result names them). The parts add up to {@link #calculate}'s TEQ.
     */
    public List<CongenerContribution> contributions(List<Measurement> measurements, NonDetectBound bound) {
        commonBasis(measurements);
        List<Congener> order = congeners.all();
        List<CongenerContribution> out = new ArrayList<>();
        for (Measurement m : measurements) {
            var congener = congeners.find(m.congener());
            OptionalDouble tef = congener.isPresent() ? scheme.factor(congener.get()) : OptionalDouble.empty();
            if (tef.isPresent()) {
                double c = bound.concentration(m);
                out.add(new CongenerContribution(congener.get().name(), m.detected(), c, tef.getAsDouble(),
                        c * tef.getAsDouble()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(c -> order.indexOf(congeners.get(c.congener()))));
        return out;
    }

    /**
     * The spread is taken relative to the upper bound; the non-detect share at the upper bound, since at the lower
     * bound non-detects add nothing by definition.
     */
    private static Set<TeqFlag> flags(double lower, double upper, double upperFromNonDetects) {
        Set<TeqFlag> flags = EnumSet.noneOf(TeqFlag.class);
        if (upper > 0 && (upper - lower) / upper > MAX_BOUND_SPREAD) {
            flags.add(TeqFlag.UPPER_LOWER_DIFFER_OVER_20_PERCENT);
        }
        if (upper > 0 && upperFromNonDetects / upper > MAX_NON_DETECT_SHARE) {
            flags.add(TeqFlag.NON_DETECTS_OVER_80_PERCENT);
        }
        return flags;
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total : 0;
    }

    private static Basis commonBasis(List<Measurement> measurements) {
        Basis basis = null;
        Unit first = null;
        for (Measurement m : measurements) {
            if (basis == null) {
                basis = m.unit().basis();
                first = m.unit();
            } else if (m.unit().basis() != basis) {
                throw new IllegalArgumentException("a TEQ sums concentrations of one basis only, but " + first + " ("
                        + basis.teqUnit() + " basis) and " + m.unit() + " (" + m.unit().basis().teqUnit()
                        + " basis) are mixed at " + m.congener());
            }
        }
        return basis == null ? Basis.DRY_WEIGHT : basis;
    }
}
