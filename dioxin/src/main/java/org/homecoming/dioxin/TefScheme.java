package org.homecoming.dioxin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One set of toxic equivalency factors (TEF per congener) with the source it was taken from; read from the
 * data file {@code tef-<code>.csv}, never written in code.
 *
 * <p>{@code TefSchemeId.WHO_2005.load().factor(congeners.get("PCB-126"))} is {@code OptionalDouble.of(0.1)}.
 *
 * <p>A congener outside the scheme has no factor ({@link OptionalDouble#empty()}); the calculator reports it.
 */
public record TefScheme(TefSchemeId id, String source, Map<Congener, Double> factors) {

    public TefScheme {
        if (id == null) {
            throw new IllegalArgumentException("TEF scheme id must be given");
        }
        factors.forEach((c, f) -> {
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("TEF must be in [0, 1]: " + c + " " + f);
            }
        });
        factors = Map.copyOf(factors);
    }

    public OptionalDouble factor(Congener c) {
        Double f = factors.get(c);
        return f == null ? OptionalDouble.empty() : OptionalDouble.of(f);
    }

    static TefScheme load(TefSchemeId id, Congeners congeners) {
        DataFile f = DataFile.read("tef-" + id.code() + ".csv");
        Map<Congener, Double> map = new LinkedHashMap<>();
        for (var r : f.records()) {
            Congener c = congeners.find(r.get("congener")).orElseThrow(() -> f.fault(r, "unknown congener " + r.get("congener")));
            double tef;
            try {
                tef = Double.parseDouble(r.get("tef"));
            } catch (NumberFormatException e) {
                throw f.fault(r, "TEF is not a number: " + r.get("tef"));
            }
            if (map.put(c, tef) != null) {
                throw f.fault(r, c + " listed twice");
            }
        }
        if (f.headerComment().isBlank()) {
            throw new IllegalStateException(f.resource() + " must open with a comment naming its source");
        }
        return new TefScheme(id, f.headerComment(), map);
    }
}
