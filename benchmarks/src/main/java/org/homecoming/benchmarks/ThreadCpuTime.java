package org.homecoming.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.DoubleSupplier;

/**
 * CPU time per operation of the single-threaded {@link LikelihoodBenchmark} methods, measured with the
 * thread's own CPU clock. On a shared build machine (other builds running, load far above the core
 * count) JMH's wall-clock figures mostly measure the wait for a core; this one does not. It
 * supplements JMH, it does not replace it: no forks, no blackholes beyond summing the results.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.homecoming.benchmarks.ThreadCpuTime fiveMemberFamily 2000
 * }</pre>
 * Arguments: the benchmark method (fiveMemberFamily, singletonVictim, grandparentsUncleAndMissingPerson,
 * pairwiseHundredVictimsTenFamilies, or a {@link DeepPedigreeBenchmark} method) and the CPU milliseconds per round (six rounds, the first warm-up).
 */
public final class ThreadCpuTime {

    private ThreadCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ThreadCpuTime <benchmark method> [CPU ms per round]");
        }
        LikelihoodBenchmark b = new LikelihoodBenchmark();
        b.setUp();
        DeepPedigreeBenchmark d = new DeepPedigreeBenchmark();
        d.setUp();
        DoubleSupplier op = switch (args[0]) {
            case "grandparentGrandchild" -> d::grandparentGrandchild;
            case "avuncular" -> d::avuncular;
            case "firstCousins" -> d::firstCousins;
            case "halfSiblings" -> d::halfSiblings;
            case "fiveMemberFamily" -> b::fiveMemberFamily;
            case "singletonVictim" -> b::singletonVictim;
            case "grandparentsUncleAndMissingPerson" -> b::grandparentsUncleAndMissingPerson;
            case "pairwiseHundredVictimsTenFamilies" -> b::pairwiseHundredVictimsTenFamilies;
            default -> throw new IllegalArgumentException("unknown benchmark method: " + args[0]);
        };
        long roundNs = Long.parseLong(args.length > 1 ? args[1] : "2000") * 1_000_000L;
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int round = 0; round < 6; round++) {
            long cpu0 = clock.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long ops = 0;
            // Read the CPU clock every 16 operations: the call itself costs about a microsecond.
            while (clock.getCurrentThreadCpuTime() - cpu0 < roundNs) {
                for (int k = 0; k < 16; k++) {
                    sink += op.getAsDouble();
                }
                ops += 16;
            }
            double cpuUs = (clock.getCurrentThreadCpuTime() - cpu0) / 1e3 / ops;
            double wallUs = (System.nanoTime() - wall0) / 1e3 / ops;
            System.out.printf("%s round %d%s: %.1f us/op CPU, %.1f us/op wall, %d ops%n", args[0], round,
                    round == 0 ? " (warm-up)" : "", cpuUs, wallUs, ops);
        }
        System.out.println("checksum " + sink);
    }
}
