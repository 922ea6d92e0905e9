package org.homecoming.server.identification;

import java.util.Map;

/**
 * One marker of a pair: the remains' call, the references' calls (member ref → call), the LR, and
 * whether the remains are incompatible with the family there without a mutation (an exclusion marker).
 */
public record MarkerRow(String locus, String remains, Map<String, String> references, double lr, boolean incompatible) {

    public double log10Lr() {
        return Math.log10(lr);
    }
}
