package org.homecoming.kinship.dvi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Fills pairwise LR matrices, one family per task in parallel. */
final class PairwiseCalculator {

    private PairwiseCalculator() {
    }

    /**
     * LR of each open victim (rows) against each open missing person (columns); NaN where the pair is
     * not a candidate.
     */
    static double[][] lrMatrix(DviState s) {
        List<String> missing = s.missing();
        double[][] lr = new double[s.victims.size()][missing.size()];
        for (double[] row : lr) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        s.families.parallelStream().forEach(f -> {
            for (String m : f.family().missing()) {
                int j = missing.indexOf(m);
                for (int i = 0; i < s.victims.size(); i++) {
                    String v = s.victims.get(i);
                    if (s.candidates.get(v).contains(m)) {
                        lr[i][j] = Math.exp(f.logLr(m, v, s.profiles));
                    }
                }
            }
        });
        return lr;
    }

    /** The reported table: LRs, incompatible markers and exclusions of every candidate pair. */
    static PairwiseTable table(DviState s, int maxIncompatible) {
        List<String> missing = s.missing();
        Map<String, Pairing> computed = new java.util.concurrent.ConcurrentHashMap<>();
        s.families.parallelStream().forEach(f -> {
            for (String m : f.family().missing()) {
                for (String v : s.victims) {
                    if (s.candidates.get(v).contains(m)) {
                        List<String> bad = f.incompatibleLoci(m, v, s.profiles);
                        double lr = Math.exp(f.logLr(m, v, s.profiles));
                        computed.put(v + "\u0000" + m, new Pairing(v, m, f.name(), OptionalDouble.of(lr), bad,
                                bad.size() > maxIncompatible));
                    }
                }
            }
        });
        Map<String, String> familyName = new HashMap<>();
        s.families.forEach(f -> f.family().missing().forEach(m -> familyName.put(m, f.name())));
        Map<String, Map<String, Pairing>> cells = new LinkedHashMap<>();
        for (String v : s.victims) {
            Map<String, Pairing> row = new LinkedHashMap<>();
            for (String m : missing) {
                Pairing p = computed.get(v + "\u0000" + m);
                row.put(m, p != null ? p : Pairing.sexIncompatible(v, m, familyName.get(m)));
            }
            cells.put(v, row);
        }
        return new PairwiseTable(s.victims, missing, cells);
    }
}
