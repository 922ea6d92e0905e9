package org.homecoming.dioxin;

import java.util.List;
import java.util.Set;

/**
 * The toxic equivalent of one sample under one TEF scheme, with the non-detect bound that made {@link #teq()},
 * all three bounds side by side, the shares of non-detects and of 2,3,7,8-TCDD, the flags, and the reported
 * congeners that the scheme has no factor for (left out of every sum).
 *
 * <p>{@code calculator.calculate(sample.measurements(), NonDetectBound.UPPER).teq()}
 *
 * <p>{@code ndShare} and {@code tcddShare} are fractions of {@code teq} (0 when the TEQ is 0); the unit is the
 * TEQ unit of {@code basis} (pg/g for dry weight).
 */
public record TeqResult(TefSchemeId scheme, NonDetectBound bound, Basis basis, double teq,
        double lower, double medium, double upper, double ndShare, double tcddShare,
        Set<TeqFlag> flags, List<String> notInScheme) {

    public TeqResult {
        flags = Set.copyOf(flags);
        notInScheme = List.copyOf(notInScheme);
    }

    /** The TEQ unit, e.g. {@code pg/g}. */
    public String unit() {
        return basis.teqUnit();
    }
}
