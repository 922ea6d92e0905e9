package org.homecoming.server.landrelease.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The layers of the mine-action map and of its GIS exports, each read with fixed SQL by {@link MapLayerRepository}.
 * Labels: {@code lrmap.layer.X}.
 *
 * <pre>{@code
 * Layer.parse("hazard-areas"); // HAZARD_AREAS
 * Layer.ORDNANCE.slug();       // "ordnance"
 * }</pre>
 */
public enum Layer {
    HAZARD_AREAS, EVIDENCE_POINTS, ACTIVITIES, ORDNANCE, ACCIDENTS, RECOVERY_SITES;

    /** The layer's name in URLs and file names: lower case, words joined by '-'. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the layer's features are points (CSV of points exports only those). */
    public boolean points() {
        return this != HAZARD_AREAS && this != ACTIVITIES;
    }

    public static Layer parse(String value) {
        for (Layer l : values()) {
            if (l.slug().equals(value) || l.name().equalsIgnoreCase(value)) {
                return l;
            }
        }
        throw new IllegalArgumentException("layer: " + value + " is not one of "
                + Arrays.stream(values()).map(Layer::slug).collect(Collectors.joining(", ")));
    }
}
