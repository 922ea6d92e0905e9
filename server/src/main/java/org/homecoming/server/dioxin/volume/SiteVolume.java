package org.homecoming.server.dioxin.volume;

import java.util.List;
import org.homecoming.dioxin.geostat.LayerVolume;
import org.locationtech.jts.geom.Geometry;

/**
 * A site's volume above a threshold: each depth layer's estimate, the layers that could not be estimated and
 * why, the totals, and the places where another sample would narrow the range most.
 *
 * <pre>{@code
 * v.volumeM3(); v.lowM3(); v.highM3(); // the kriged estimate and its range, m³
 * }</pre>
 *
 * <p>{@code areaM2} is the footprint: the cells above the threshold in at least one layer, the ground that has to
 * be opened.
 */
public record SiteVolume(VolumeInputs inputs, List<Layer> layers, List<Skipped> skipped, List<NextSample> nextSamples,
        double areaM2) {

    /** A layer estimated, with its hotspot (cells whose kriged median is above the threshold) in lon lat. */
    public record Layer(LayerVolume volume, Geometry hotspot) {
    }

    /** A depth layer left out, with how many samples it had and why. */
    public record Skipped(double top, double bottom, int samples, Reason reason, String detail) {
    }

    /** Why a layer could not be estimated. */
    public enum Reason {
        TOO_FEW_SAMPLES, NO_VARIATION, NOT_ESTIMABLE
    }

    /** A suggested sampling place and the m³ of the volume's standard deviation it would settle. */
    public record NextSample(double lat, double lon, double scoreM3) {
    }

    public SiteVolume {
        layers = List.copyOf(layers);
        skipped = List.copyOf(skipped);
        nextSamples = List.copyOf(nextSamples);
    }

    public double volumeM3() {
        return layers.stream().mapToDouble(l -> l.volume().volumeM3()).sum();
    }

    public double lowM3() {
        return layers.stream().mapToDouble(l -> l.volume().lowM3()).sum();
    }

    public double highM3() {
        return layers.stream().mapToDouble(l -> l.volume().highM3()).sum();
    }

    public double expectedM3() {
        return layers.stream().mapToDouble(l -> l.volume().expectedM3()).sum();
    }

    public double idwM3() {
        return layers.stream().mapToDouble(l -> l.volume().idwM3()).sum();
    }
}
