package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where to sample next: the cells whose classification most affects the volume above the threshold.
 *
 * <pre>{@code
 * List<SamplingAdvisor.Suggestion> next = new SamplingAdvisor().suggest(layers, existing, 10, 25);
 * }</pre>
 *
 * <p>A cell above the threshold with probability P adds its volume V with variance V²·P(1−P) to the volume
 * above; a new sample there would settle it. The score of a place is that standard deviation, V·√(P(1−P)),
 * summed over the layers beneath it. Suggestions are taken best first, each at least {@code spacing} metres
 * from the others and from the existing samples, so they spread over the uncertain margins of the hotspots
 * rather than crowding one cell.
 */
public final class SamplingAdvisor {

    /** A place to sample and its score (m³ of volume-above-threshold standard deviation it would settle). */
    public record Suggestion(double x, double y, double scoreM3) {
    }

    public List<Suggestion> suggest(List<LayerVolume> layers, List<Observation> existing, int count, double spacing) {
        if (count < 0 || !(spacing >= 0)) {
            throw new IllegalArgumentException("count must be >= 0 and spacing >= 0: " + count + ", " + spacing);
        }
        Map<Long, double[]> byCell = new HashMap<>();
        for (LayerVolume l : layers) {
            double v = l.cellArea() * l.layer().thickness();
            for (CellEstimate c : l.estimates()) {
                double p = c.probabilityAbove();
                double[] s = byCell.computeIfAbsent(((long) c.column() << 32) | c.row(), k -> new double[] {c.x(), c.y(), 0});
                s[2] += v * Math.sqrt(p * (1 - p));
            }
        }
        List<double[]> ranked = new ArrayList<>(byCell.values());
        ranked.sort(Comparator.comparingDouble((double[] s) -> -s[2]).thenComparingDouble(s -> s[0]).thenComparingDouble(s -> s[1]));
        List<Suggestion> chosen = new ArrayList<>();
        for (double[] s : ranked) {
            if (chosen.size() == count || s[2] <= 0) {
                break;
            }
            boolean clear = existing.stream().allMatch(o -> o.distanceTo(s[0], s[1]) >= spacing)
                    && chosen.stream().allMatch(c -> Math.hypot(c.x() - s[0], c.y() - s[1]) >= spacing);
            if (clear) {
                chosen.add(new Suggestion(s[0], s[1], s[2]));
            }
        }
        return List.copyOf(chosen);
    }
}
