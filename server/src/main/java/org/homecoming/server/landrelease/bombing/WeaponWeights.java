package org.homecoming.server.landrelease.bombing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The weight of each weapon class in the density layer: the indicative share of delivered weapons that
 * failed to function ({@code landrelease/weapon-class-weights.csv}, one published or stated source a row).
 *
 * <pre>{@code
 * weights.weight("CBU");     // 0.30
 * weights.weight("UNKNOWN"); // 0.10, the DEFAULT row
 * }</pre>
 */
@Component
public class WeaponWeights {

    static final String RESOURCE = "landrelease/weapon-class-weights.csv";
    private static final String DEFAULT = "DEFAULT";

    private final Map<String, Double> weights = new HashMap<>();
    private final double fallback;

    public WeaponWeights() {
        for (CSVRecord r : DataFiles.read(RESOURCE)) {
            double w = Double.parseDouble(r.get(1));
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalStateException(RESOURCE + ": weight of " + r.get(0) + " must be in [0, 1]: " + w);
            }
            weights.put(r.get(0).toUpperCase(Locale.ROOT), w);
        }
        Double d = weights.get(DEFAULT);
        if (d == null) {
            throw new IllegalStateException(RESOURCE + " has no DEFAULT weight");
        }
        fallback = d;
    }

    /** The weight of {@code weaponClass} (a {@code WEAPONTYPECLASS} value), {@code DEFAULT}'s when not listed. */
    public double weight(String weaponClass) {
        return weaponClass == null ? fallback
                : weights.getOrDefault(weaponClass.strip().toUpperCase(Locale.ROOT), fallback);
    }
}
