package org.homecoming.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.homecoming.dioxin.geostat.DepthLayer;
import org.homecoming.dioxin.geostat.Grid;
import org.homecoming.dioxin.geostat.LayerVolume;
import org.homecoming.dioxin.geostat.PolygonRegion;
import org.homecoming.dioxin.geostat.Region;
import org.homecoming.dioxin.geostat.VolumeEstimator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One depth layer's volume above 1,000 pg/g on a 1 km square site of 10,000 cells of 10 m: variogram fit, kriging
 * of every cell, both cross-validations and inverse distance weighting, for a campaign of {@code samples} samples
 * scattered at random over a log-normal hotspot.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar VolumeBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class VolumeBenchmark {

    @Param({"100", "300", "1000"})
    int samples;

    private List<VolumeEstimator.Teq> teqs;
    private final Region site = PolygonRegion.of(new double[] {0, 1000, 1000, 0}, new double[] {0, 0, 1000, 1000});

    @Setup
    public void campaign() {
        Random r = new Random(1);
        teqs = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            double x = r.nextDouble() * 1000;
            double y = r.nextDouble() * 1000;
            teqs.add(new VolumeEstimator.Teq(x, y, Math.pow(10, 4 - Math.hypot(x - 500, y - 500) / 150 + 0.2 * r.nextGaussian())));
        }
    }

    @Benchmark
    public LayerVolume layer() {
        return new VolumeEstimator(0.1).estimate(new DepthLayer(0, 0.3), teqs, 1000, site, Grid.covering(site.bounds(), 10));
    }
}
