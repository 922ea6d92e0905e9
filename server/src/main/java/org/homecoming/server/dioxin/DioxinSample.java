package org.homecoming.server.dioxin;

import java.time.LocalDate;
import java.util.List;
import org.homecoming.dioxin.Measurement;
import org.homecoming.server.security.Side;

/**
 * A stored sample with the laboratory's results as reported, and the laboratory's own TEQ and its scheme where it
 * reported them ({@code null} otherwise).
 *
 * <pre>{@code
 * sample.results().size(); // 29 for a full PCDD/F + dl-PCB analysis
 * }</pre>
 */
public record DioxinSample(long id, String ref, String site, String campaign, String zone, String landClass,
        double lat, double lon, Double depthTopM, Double depthBottomM, Matrix matrix, LocalDate sampledOn,
        String laboratory, String method, String collector, String chainOfCustody, Side side, Double labTeq, String labTef,
        List<Measurement> results) {
}
