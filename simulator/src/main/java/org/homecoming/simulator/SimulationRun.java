package org.homecoming.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.homecoming.programme.AlleleCall;
import org.homecoming.programme.FamilyMemberRow;
import org.homecoming.programme.LineageHaplotype;
import org.homecoming.programme.Relationship;
import org.homecoming.simulator.genetics.Genome;
import org.homecoming.simulator.genetics.Kit;
import org.homecoming.simulator.genetics.MtHaplotypes;
import org.homecoming.simulator.genetics.YHaplotypes;
import org.homecoming.simulator.programme.ProgrammeSink;

/** One simulation: missing persons and families first, then the remains in shuffled order. */
final class SimulationRun {

    private final SimulationSpec spec;
    private final ProgrammeSink sink;
    private final ProgressListener progress;
    private final Genome genome;
    private final CasualtyFactory casualties;
    private final SplittableRandom root;
    private final List<Victim> victims = new ArrayList<>();
    private final long total;
    private long done;
    private long nextReport;
    private long familyMembers;
    private long families;
    private long typed;
    private long calls;
    private long haplotypes;
    private int registered;
    private int chosen;

    SimulationRun(SimulationSpec spec, ProgrammeSink sink, ProgressListener progress) {
        this.spec = spec;
        this.sink = sink;
        this.progress = progress;
        this.genome = new Genome(Kit.select(spec.frequencies(), spec.loci()), spec.mutationRate());
        this.casualties = new CasualtyFactory(spec.seed());
        this.root = new SplittableRandom(spec.seed());
        this.total = (long) spec.missingPersons() + spec.remains();
    }

    SimulationSummary run() {
        SplittableRandom selection = root.split();
        SplittableRandom remainsRng = root.split();
        int n = spec.missingPersons();
        registered = (int) Math.min(n, spec.remains() - Math.round(spec.remains() * spec.unregisteredShare()));
        for (int i = 0; i < n; ) {
            i += missingPersons(i, selection, root.split());
        }
        int unregistered = spec.remains() - victims.size();
        for (int i = 0; i < unregistered; i++) {
            victims.add(unregistered(remainsRng.split()));
        }
        shuffle(remainsRng);
        RemainsMaker maker = new RemainsMaker(genome, sink, victims);
        for (int k = 0; k < victims.size(); k++) {
            maker.make(String.format("R-%07d", k + 1), victims.get(k), remainsRng.split());
            step();
        }
        progress.progress(total, total);
        return new SimulationSummary(n, families, familyMembers, typed, victims.size(), unregistered,
                victims.stream().filter(v -> !v.familyId().isEmpty()).count(), maker.sites(), calls + maker.calls(),
                haplotypes + maker.haplotypes());
    }

    /** The persons whose remains were made, in remains order (R-0000001 first); for tests. */
    List<Victim> victims() {
        return List.copyOf(victims);
    }

    Genome genome() {
        return genome;
    }

    /**
     * Missing person {@code index + 1} and his family; for some Vietnamese men also their missing brother, who
     * is missing person {@code index + 2} in the same family. Returns how many missing persons were made.
     */
    private int missingPersons(int index, SplittableRandom selection, SplittableRandom rng) {
        boolean us = rng.nextDouble() < spec.usShare();
        boolean inDatabase = rng.nextDouble() < spec.familyShare();
        String id = String.format("MP-%07d", index + 1);
        Casualty c = casualties.create(id, us, rng);
        sink.missingPerson(c.record());
        boolean twoMissing = !us && c.male() && index + 1 < spec.missingPersons()
                && rng.nextDouble() < spec.brothersShare();
        List<SimulatedRelative> family = FamilyBuilder.build(c, genome, inDatabase, twoMissing, rng);
        SimulatedRelative mp = family.stream().filter(p -> p.missingPerson && p.relationship == Relationship.OTHER)
                .findFirst().orElseThrow();
        mp.id = id;
        SimulatedRelative brother = family.stream().filter(p -> p.missingPerson && p != mp).findFirst().orElse(null);
        Casualty second = null;
        if (brother != null) {
            brother.id = String.format("MP-%07d", index + 2);
            second = SecondMissing.casualty(c, brother);
            sink.missingPerson(second.record());
        }
        String familyId = "";
        int references = 0;
        // a family with no living blood relative and no old sample has nothing to compare and is not registered
        if (inDatabase && family.stream().anyMatch(p -> p.typed)) {
            familyId = String.format("F-%07d", index + 1);
            references = writeFamily(c, family, mp, familyId, rng);
            families++;
        }
        victim(selection, index, c, mp, familyId, references);
        step();
        if (brother == null) {
            return 1;
        }
        victim(selection, index + 1, second, brother, familyId, references);
        step();
        return 2;
    }

    /** Draws whether missing person {@code index} has remains (selection sampling: exactly {@code registered} do). */
    private void victim(SplittableRandom selection, int index, Casualty c, SimulatedRelative p, String familyId, int references) {
        boolean hasRemains = selection.nextInt(spec.missingPersons() - index) < registered - chosen;
        if (hasRemains) {
            chosen++;
            victims.add(new Victim(c, p.id, familyId, references, p.genotype, p.male ? p.y : new int[0], p.mt));
        }
    }

    /** Writes the references and everyone linking them to the missing person; returns the number typed. */
    private int writeFamily(Casualty c, List<SimulatedRelative> family, SimulatedRelative mp, String familyId, SplittableRandom rng) {
        family.forEach(p -> p.included |= p.typed || p.missingPerson);
        // children come after their parents, so one backward pass closes the set under "both parents"
        for (int i = family.size() - 1; i >= 0; i--) {
            SimulatedRelative p = family.get(i);
            if (p.included && !p.isFounder()) {
                p.father.included = true;
                p.mother.included = true;
            }
        }
        SimulatedRelative contact = family.stream().filter(p -> p.typed && p.living).findFirst().orElse(null);
        int references = 0;
        for (SimulatedRelative p : family) {
            if (p == mp || !p.included) {
                continue;
            }
            if (p.missingPerson) {
                sink.familyMember(SecondMissing.row(p, familyId, mp.id));
                continue;
            }
            familyMembers++;
            p.id = String.format("FM-%08d", familyMembers);
            boolean knownYear = p.living || p.typed || rng.nextBoolean();
            Optional<LocalDate> consent = p.typed ? Optional.of(consentDate(p.living, rng)) : Optional.empty();
            sink.familyMember(new FamilyMemberRow(p.id, familyId, mp.id, p.nameKnown ? p.name.full() : "",
                    p.male ? "M" : "F", knownYear ? OptionalInt.of(p.birthYear) : OptionalInt.empty(),
                    p.relationship, p.isFounder() ? "" : p.father.id, p.isFounder() ? "" : p.mother.id, p.living,
                    p.typed, p.typed && rng.nextDouble() < 0.8, consent, p == contact ? phone(c.us(), rng) : ""));
            if (p.typed) {
                references++;
                typeReference(p, mp, rng);
            }
        }
        typed += references;
        return references;
    }

    private void typeReference(SimulatedRelative p, SimulatedRelative mp, SplittableRandom rng) {
        String sample = "DNA-" + p.id;
        String kit = genome.kit().name();
        for (int l = 0; l < genome.loci(); l++) {
            String[] a = genome.labels(p.genotype, l);
            sink.alleleCall(new AlleleCall(sample, "FAMILY_MEMBER", p.id, kit, genome.kit().loci().get(l).locus(),
                    a[0], a[1], "OK"));
            calls++;
        }
        // laboratories type lineage markers only for donors on the missing person's own paternal or maternal line
        if (p.male && mp.male && p.yLine == mp.yLine && rng.nextDouble() < 0.8) {
            sink.lineage(new LineageHaplotype(sample, "FAMILY_MEMBER", p.id, "YSTR", YHaplotypes.format(p.y, null)));
            haplotypes++;
        }
        if (p.mtLine == mp.mtLine && rng.nextDouble() < 0.8) {
            sink.lineage(new LineageHaplotype(sample, "FAMILY_MEMBER", p.id, "MTDNA", MtHaplotypes.format(p.mt)));
            haplotypes++;
        }
    }

    private Victim unregistered(SplittableRandom rng) {
        Casualty c = casualties.create("", false, rng);
        return new Victim(c, "", "", 0, genome.founder(rng), c.male() ? YHaplotypes.founder(rng) : new int[0],
                MtHaplotypes.founder(rng, false));
    }

    private void shuffle(SplittableRandom rng) {
        for (int i = victims.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Victim t = victims.get(i);
            victims.set(i, victims.get(j));
            victims.set(j, t);
        }
    }

    /** Living donors gave samples in the 2010s and 2020s; dead parents were sampled in the 1995–2009 campaigns. */
    private static LocalDate consentDate(boolean living, SplittableRandom rng) {
        LocalDate from = living ? LocalDate.of(2010, 1, 1) : LocalDate.of(1995, 1, 1);
        return from.plusDays(rng.nextInt(5400));
    }

    private static String phone(boolean us, SplittableRandom rng) {
        if (us) {
            return String.format("+1 555 01%02d", rng.nextInt(100));
        }
        return String.format("09%08d", rng.nextInt(100_000_000));
    }

    private void step() {
        done++;
        if (done >= nextReport) {
            progress.progress(done, total);
            nextReport = done + Math.max(1, total / 200);
        }
    }
}
