package org.homecoming.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.programme.AlleleCall;
import org.homecoming.programme.FamilyMemberRow;
import org.homecoming.programme.LineageHaplotype;
import org.homecoming.programme.RemainsRow;
import org.homecoming.programme.SiteRow;
import org.homecoming.simulator.genetics.Genome;
import org.homecoming.simulator.programme.ProgrammeSink;
import org.junit.jupiter.api.Test;

class SimulationRunTests {

    /** Collects what a run streams. */
    static final class Collector implements ProgrammeSink {
        final List<FamilyMemberRow> members = new ArrayList<>();
        final Map<String, Map<String, AlleleCall>> calls = new HashMap<>();
        final List<LineageHaplotype> lineage = new ArrayList<>();
        final Set<String> sites = new HashSet<>();
        final List<RemainsRow> remains = new ArrayList<>();

        @Override
        public void familyMember(FamilyMemberRow m) {
            members.add(m);
        }

        @Override
        public void alleleCall(AlleleCall c) {
            calls.computeIfAbsent(c.subjectId(), k -> new HashMap<>()).put(c.locus(), c);
        }

        @Override
        public void lineage(LineageHaplotype h) {
            lineage.add(h);
        }

        @Override
        public void site(SiteRow s) {
            sites.add(s.id());
        }

        @Override
        public void remains(RemainsRow r) {
            assertThat(sites).as("a site is streamed before the remains that refer to it").contains(r.siteId());
            remains.add(r);
        }
    }

    @Test
    void remainsProfilesAreSubsetsOfTheTruePersonsGenotype() {
        Collector c = new Collector();
        SimulationRun run = new SimulationRun(SimulationSpec.of(300, 200, 5), c, ProgressListener.NONE);
        run.run();
        Genome genome = run.genome();
        List<Victim> victims = run.victims();
        assertThat(c.remains).hasSize(200);
        int homozygousCallsOfHeterozygotes = 0;
        int droppedLoci = 0;
        for (int k = 0; k < victims.size(); k++) {
            String id = String.format("R-%07d", k + 1);
            Map<String, AlleleCall> profile = c.calls.getOrDefault(id, Map.of());
            droppedLoci += genome.loci() - profile.size();
            for (int l = 0; l < genome.loci(); l++) {
                AlleleCall call = profile.get(genome.kit().loci().get(l).locus());
                if (call == null) {
                    continue;
                }
                List<String> truth = List.of(genome.labels(victims.get(k).genotype(), l));
                assertThat(truth).contains(call.allele1(), call.allele2());
                if (!call.isHomozygous()) {
                    assertThat(List.of(call.allele1(), call.allele2())).isEqualTo(truth);
                } else if (!truth.get(0).equals(truth.get(1))) {
                    homozygousCallsOfHeterozygotes++;
                }
            }
        }
        assertThat(droppedLoci).as("degraded remains lose loci").isGreaterThan(200);
        assertThat(homozygousCallsOfHeterozygotes).as("allelic dropout happens").isGreaterThan(10);
    }

    @Test
    void typedParentsAndChildrenAreMendelianWithoutMutation() {
        Collector c = new Collector();
        new SimulationRun(SimulationSpec.of(1500, 0, 9).withMutationRate(0), c, ProgressListener.NONE).run();
        int pairs = 0;
        for (FamilyMemberRow child : c.members) {
            Map<String, AlleleCall> mine = c.calls.get(child.id());
            if (mine == null || child.isFounder()) {
                continue;
            }
            for (String parent : List.of(child.fatherId(), child.motherId())) {
                Map<String, AlleleCall> theirs = c.calls.get(parent);
                if (theirs == null) {
                    continue;
                }
                pairs++;
                mine.forEach((locus, call) -> {
                    AlleleCall p = theirs.get(locus);
                    assertThat(List.of(p.allele1(), p.allele2()))
                            .as(child.id() + " shares an allele with parent " + parent + " at " + locus)
                            .containsAnyOf(call.allele1(), call.allele2());
                });
            }
        }
        assertThat(pairs).isGreaterThan(20);
    }

    @Test
    void lineageMarkersAreTypedOnlyOnTheMissingPersonsOwnLines() {
        Collector c = new Collector();
        new SimulationRun(SimulationSpec.of(300, 50, 21), c, ProgressListener.NONE).run();
        Map<String, FamilyMemberRow> byId = new HashMap<>();
        c.members.forEach(m -> byId.put(m.id(), m));
        for (LineageHaplotype h : c.lineage) {
            if (h.subjectType().equals("FAMILY_MEMBER") && h.markerType().equals("YSTR")) {
                assertThat(byId.get(h.subjectId()).sex()).isEqualTo("M");
                assertThat(byId.get(h.subjectId()).relationship().name()).isNotIn("SISTER", "MOTHER", "NIECE");
            }
        }
        assertThat(c.lineage).anyMatch(h -> h.markerType().equals("MTDNA") && h.subjectType().equals("REMAINS"));
        assertThat(c.lineage).anyMatch(h -> h.markerType().equals("YSTR") && h.subjectType().equals("REMAINS"));
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        ProgrammeSimulator.simulate(SimulationSpec.of(100, 20, 1), new ProgrammeSink() { },
                (done, total) -> reports.add(new long[] {done, total}));
        assertThat(reports.get(reports.size() - 1)).containsExactly(120, 120);
        assertThat(reports.size()).isBetween(2, 202);
    }
}
