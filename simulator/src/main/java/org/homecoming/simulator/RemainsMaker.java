package org.homecoming.simulator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.programme.AlleleCall;
import org.homecoming.programme.LineageHaplotype;
import org.homecoming.programme.PartialDate;
import org.homecoming.programme.RemainsRow;
import org.homecoming.programme.SiteRow;
import org.homecoming.programme.Truth;
import org.homecoming.simulator.genetics.Genome;
import org.homecoming.simulator.genetics.MtHaplotypes;
import org.homecoming.simulator.genetics.RemainsTyping;
import org.homecoming.simulator.genetics.YHaplotypes;
import org.homecoming.simulator.people.FlatEarth;
import org.homecoming.simulator.people.Weighted;
import org.homecoming.simulator.programme.ProgrammeSink;

/**
 * Turns a victim into recovered remains: the site, the anthropologist's estimates, the degraded DNA profile,
 * lineage haplotypes and the truth row. Where the remains lie is {@link RecoverySites}' part, what lay with them
 * {@link Artifacts}'.
 */
final class RemainsMaker {

    private static final Weighted<String> CONDITIONS = Weighted.of(List.of("GOOD", "FAIR", "POOR", "FRAGMENTARY"),
            new double[] {0.15, 0.35, 0.35, 0.15});

    private final Genome genome;
    private final ProgrammeSink sink;
    private final RecoverySites sites;
    private final Artifacts artifacts;
    private long calls;
    private long haplotypes;

    /** {@code victims}: everyone whose remains will be made, of whom a named artifact may name a comrade. */
    RemainsMaker(Genome genome, ProgrammeSink sink, List<Victim> victims) {
        this.genome = genome;
        this.sink = sink;
        this.sites = new RecoverySites(sink);
        this.artifacts = new Artifacts(victims);
    }

    long sites() {
        return sites.sites();
    }

    long calls() {
        return calls;
    }

    long haplotypes() {
        return haplotypes;
    }

    void make(String id, Victim v, SplittableRandom rng) {
        Casualty c = v.casualty();
        SiteRow site = sites.site(c, rng);
        boolean cemetery = site.kind().equals("CEMETERY");
        GeoPoint at = FlatEarth.offset(site.location(), rng.nextDouble() * 160 - 80, rng.nextDouble() * 160 - 80);
        String condition = CONDITIONS.draw(rng);
        double degradation = degradation(condition, rng);
        int age = c.lossYear() - c.birthYear();
        int year = 1985 + rng.nextInt(40);
        PartialDate recovered = rng.nextDouble() < 0.2 ? PartialDate.of(year, 1 + rng.nextInt(12))
                : PartialDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        boolean extractionFailed = condition.equals("FRAGMENTARY") && rng.nextDouble() < 0.15;
        List<RemainsTyping.Call> profile = extractionFailed ? List.of()
                : RemainsTyping.type(genome, v.genotype(), degradation, rng);
        String status = profile.isEmpty() ? "SAMPLED" : "PROFILED";
        sink.remains(new RemainsRow(id, site.id(), Optional.of(recovered), Optional.of(at),
                OptionalInt.of(cemetery ? 5 : 10 + rng.nextInt(41)), team(c, year, rng), sexEstimate(c.male(), rng),
                OptionalInt.of(Math.max(15, age - 2 - rng.nextInt(5))), OptionalInt.of(age + 2 + rng.nextInt(7)),
                condition.equals("FRAGMENTARY") ? OptionalInt.empty() : OptionalInt.of(stature(c, rng)), condition,
                artifacts.draw(c, rng), status));
        String sample = "DNA-" + id;
        for (RemainsTyping.Call call : profile) {
            sink.alleleCall(new AlleleCall(sample, "REMAINS", id, genome.kit().name(), call.locus(), call.allele1(),
                    call.allele2(), call.degraded() ? "DEGRADED" : "OK"));
            calls++;
        }
        lineage(id, sample, v, degradation, rng);
        sink.truth(new Truth(id, v.missingPersonId(), v.familyId(), v.typedReferences()));
    }

    private void lineage(String id, String sample, Victim v, double degradation, SplittableRandom rng) {
        if (degradation < 0.95 && rng.nextDouble() < 0.9) {
            sink.lineage(new LineageHaplotype(sample, "REMAINS", id, "MTDNA", MtHaplotypes.format(v.mt())));
            haplotypes++;
        }
        if (v.casualty().male()) {
            boolean[] called = RemainsTyping.yCalled(degradation, rng);
            String value = YHaplotypes.format(v.y(), called);
            if (!value.isEmpty() && rng.nextDouble() < 0.7) {
                sink.lineage(new LineageHaplotype(sample, "REMAINS", id, "YSTR", value));
                haplotypes++;
            }
        }
    }

    private static double degradation(String condition, SplittableRandom rng) {
        return switch (condition) {
            case "GOOD" -> rng.nextDouble() * 0.15;
            case "FAIR" -> 0.1 + rng.nextDouble() * 0.3;
            case "POOR" -> 0.3 + rng.nextDouble() * 0.4;
            default -> 0.5 + rng.nextDouble() * 0.45;
        };
    }

    /** Right four times in five, undetermined mostly otherwise, occasionally wrong. */
    private static String sexEstimate(boolean male, SplittableRandom rng) {
        double u = rng.nextDouble();
        if (u < 0.82) {
            return male ? "M" : "F";
        }
        return u < 0.97 ? "U" : male ? "F" : "M";
    }

    private static int stature(Casualty c, SplittableRandom rng) {
        double mean = c.us() ? 177 : c.male() ? 163 : 153;
        return (int) Math.round(mean + 6 * rng.nextGaussian());
    }

    private static String team(Casualty c, int year, SplittableRandom rng) {
        if (c.us()) {
            return String.format("JFA %02d-%dVM", year % 100, 1 + rng.nextInt(5));
        }
        return "Đội quy tập " + c.lossProvince().shortName();
    }
}
