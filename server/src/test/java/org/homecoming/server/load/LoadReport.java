package org.homecoming.server.load;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report of one run: the settings and machine, one table row per endpoint (requests,
 * p50/p95/p99/max, errors, 409 conflicts, the goal and whether p95 met it), totals, the write
 * check and samples of the errors.
 *
 * <pre>{@code
 * String md = LoadReport.markdown(settings, traffic, check, measured, officers, analysts);
 * }</pre>
 */
final class LoadReport {

    private LoadReport() {
    }

    static String markdown(LoadSettings s, Traffic traffic, WriteLedger.Check check, Duration measured, int officers,
            int analysts) {
        StringBuilder md = new StringBuilder();
        md.append("## Load run ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        md.append("- server: ").append(s.url()).append(" (loopback)\n");
        md.append("- users: ").append(s.users()).append(" (").append(officers).append(" case officers as ")
                .append(String.join(", ", s.officers())).append("; ").append(analysts).append(" laboratory analysts as ")
                .append(String.join(", ", s.analysts())).append(")\n");
        md.append("- duration: ").append(s.duration().toSeconds()).append(" s, of which the first ")
                .append(s.warmup().toSeconds()).append(" s warm-up (not in the table; its errors are counted below);"
                        + " think time uniform in [0, ").append(2 * s.think().toMillis()).append("] ms; seed ")
                .append(s.seed()).append("\n");
        md.append("- client machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(" ").append(System.getProperty("os.arch")).append("\n\n");
        md.append("| Endpoint | Kind | Requests | p50 ms | p95 ms | p99 ms | max ms | Errors | 409 conflicts"
                + " | Goal p95 | Met |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        long requests = 0;
        long errors = 0;
        long conflicts = 0;
        for (Map.Entry<Endpoint, LatencyLog> e : traffic.logs().entrySet()) {
            LatencyLog.Summary sum = e.getValue().summary();
            if (sum.requests() == 0) {
                continue;
            }
            Endpoint ep = e.getKey();
            requests += sum.requests();
            errors += sum.errors();
            conflicts += sum.conflicts();
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | < %d ms | %s |%n",
                    ep.label, ep.kind, sum.requests(), sum.p50Ms(), sum.p95Ms(), sum.p99Ms(), sum.maxMs(), sum.errors(),
                    sum.conflicts(), ep.goalMs, sum.p95Ms() < ep.goalMs ? "yes" : "**no**"));
        }
        md.append(String.format(Locale.ROOT, "%nTotals after warm-up: %d requests in %d s (%.1f per second), %d errors,"
                + " %d optimistic-locking conflicts answered 409.%n", requests, measured.toSeconds(),
                requests / Math.max(1.0, measured.toMillis() / 1000.0), errors, conflicts));
        md.append("During warm-up: ").append(traffic.warmupRequests()).append(" requests, ").append(traffic.warmupErrors())
                .append(" errors.\n\n");
        md.append("Writes: ").append(check.writes()).append(" successful edits of ").append(check.persons())
                .append(" persons; lost writes: ").append(check.lost().size())
                .append(" (each person's version advanced by exactly its successful edits, no version given twice,"
                        + " the last edit's value present).\n");
        check.lost().forEach(l -> md.append("- lost: ").append(l).append('\n'));
        errorSamples(md, traffic);
        return md.toString();
    }

    private static void errorSamples(StringBuilder md, Traffic traffic) {
        boolean header = false;
        for (Map.Entry<Endpoint, LatencyLog> e : traffic.logs().entrySet()) {
            for (String sample : e.getValue().summary().errorSamples()) {
                if (!header) {
                    md.append("\nError samples:\n");
                    header = true;
                }
                md.append("- ").append(sample).append('\n');
            }
        }
        for (String sample : traffic.warmupErrorSamples()) {
            md.append("- warm-up: ").append(sample).append('\n');
        }
    }

    /** Whether the run had no error (warm-up included) and lost no write. */
    static boolean clean(Traffic traffic, WriteLedger.Check check) {
        long errors = traffic.warmupErrors();
        for (LatencyLog log : traffic.logs().values()) {
            errors += log.summary().errors();
        }
        return errors == 0 && check.lost().isEmpty();
    }
}
