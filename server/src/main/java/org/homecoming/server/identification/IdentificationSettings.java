package org.homecoming.server.identification;

import java.util.Locale;
import org.homecoming.kinship.mutation.MutationSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How searches are run, from {@code homecoming.identification.*}. Each job copies these values into
 * its record, so changing them never changes a stored result.
 *
 * <pre>{@code
 * homecoming.identification.mutation=proportional
 * homecoming.identification.mutation-rate=0.001
 * homecoming.identification.degraded-dropout=0.05
 * homecoming.identification.threshold=10000
 * }</pre>
 */
@Component
public class IdentificationSettings {

    private final String mutation;
    private final double mutationRate;
    private final double degradedDropout;
    private final double threshold;
    private final int topK;
    private final int threads;
    private final long autoSearchSeconds;
    private final int powerSimulations;
    private final long powerScanSeconds;

    IdentificationSettings(@Value("${homecoming.identification.mutation:proportional}") String mutation,
            @Value("${homecoming.identification.mutation-rate:0.001}") double mutationRate,
            @Value("${homecoming.identification.degraded-dropout:0.05}") double degradedDropout,
            @Value("${homecoming.identification.threshold:10000}") double threshold,
            @Value("${homecoming.identification.top-k:3}") int topK,
            @Value("${homecoming.identification.threads:0}") int threads,
            @Value("${homecoming.identification.auto-search-seconds:15}") long autoSearchSeconds,
            @Value("${homecoming.identification.power-simulations:200}") int powerSimulations,
            @Value("${homecoming.identification.power-scan-seconds:30}") long powerScanSeconds) {
        this.mutation = mutation.strip().toLowerCase(Locale.ROOT);
        this.mutationRate = mutationRate;
        this.degradedDropout = degradedDropout;
        this.threshold = threshold;
        this.topK = topK;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.autoSearchSeconds = autoSearchSeconds;
        this.powerSimulations = powerSimulations;
        this.powerScanSeconds = powerScanSeconds;
        mutationSpec(); // fail at start-up on a bad model name
        if (!(degradedDropout >= 0 && degradedDropout < 1)) {
            throw new IllegalArgumentException("homecoming.identification.degraded-dropout must be in [0, 1): " + degradedDropout);
        }
        if (!(threshold > 1)) {
            throw new IllegalArgumentException("homecoming.identification.threshold must exceed 1: " + threshold);
        }
    }

    /** The mutation model put on every locus, both sexes. */
    public MutationSpec mutationSpec() {
        return MutationSpec.fromSetting("homecoming.identification.mutation", mutation, mutationRate);
    }

    public double degradedDropout() {
        return degradedDropout;
    }

    public double threshold() {
        return threshold;
    }

    public int topK() {
        return topK;
    }

    public int threads() {
        return threads;
    }

    /** Seconds between looks for new profiles; 0 turns automatic searching off. */
    public long autoSearchSeconds() {
        return autoSearchSeconds;
    }

    public int powerSimulations() {
        return powerSimulations;
    }

    /** Seconds between looks for families whose power is missing or out of date; 0 turns them off. */
    public long powerScanSeconds() {
        return powerScanSeconds;
    }
}
