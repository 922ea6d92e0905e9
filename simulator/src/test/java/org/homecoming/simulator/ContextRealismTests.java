package org.homecoming.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.programme.RemainsRow;
import org.homecoming.programme.SiteRow;
import org.homecoming.simulator.programme.ProgrammeSink;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The realised rates of the simulated context (loss places, recovery sites, named objects, estimates). */
class ContextRealismTests {

    /** Keeps what a run streams, remains in order. */
    static final class Collector implements ProgrammeSink {
        final Map<String, SiteRow> sites = new HashMap<>();
        final List<RemainsRow> remains = new ArrayList<>();

        @Override
        public void site(SiteRow s) {
            sites.put(s.id(), s);
        }

        @Override
        public void remains(RemainsRow r) {
            remains.add(r);
        }
    }

    /** 1500 persons, all with remains but the 5% unregistered ones, so every site kind is well sampled. */
    private static final Collector VN = new Collector();
    private static final List<Victim> VN_VICTIMS = run(SimulationSpec.of(1500, 1500, 31).withUsShare(0)
            .withFamilyShare(0), VN);
    private static final Collector US = new Collector();
    private static final List<Victim> US_VICTIMS = run(SimulationSpec.of(1000, 1000, 32).withUsShare(1)
            .withFamilyShare(0).withUnregisteredShare(0), US);

    private static List<Victim> run(SimulationSpec spec, Collector c) {
        SimulationRun run = new SimulationRun(spec, c, ProgressListener.NONE);
        run.run();
        return run.victims();
    }

    @Nested
    class LossPlaces {

        @Test
        void vietnameseRecordsPlaceTheLossWithinOneToFiftyKilometresMostlyAFew() {
            List<MissingPersonRow> records = registered(VN_VICTIMS);
            int few = 0;
            int tens = 0;
            for (MissingPersonRow p : records) {
                int precision = p.lossPrecisionM().orElseThrow();
                assertThat(precision).isBetween(1_000, 50_000);
                few += precision <= 5_000 ? 1 : 0;
                tens += precision >= 20_000 ? 1 : 0;
            }
            // place of death or burial 45%, only the front 25%; n = 1425, sd 1.3%
            assertThat(few / (double) records.size()).isCloseTo(0.45, within(0.06));
            assertThat(tens / (double) records.size()).isCloseTo(0.25, within(0.05));
        }

        @Test
        void theTruePointLiesWithinThePrecisionAtSeventyOnePercentOfItInTheMedian() {
            List<Double> ratios = new ArrayList<>();
            for (List<Victim> victims : List.of(VN_VICTIMS, US_VICTIMS)) {
                for (Victim v : victims) {
                    if (v.missingPersonId().isEmpty()) {
                        continue;
                    }
                    MissingPersonRow p = v.casualty().record();
                    double d = LossLocation.distanceM(p.lossPoint().orElseThrow(), v.casualty().lossPoint());
                    ratios.add(d / p.lossPrecisionM().orElseThrow());
                }
            }
            Collections.sort(ratios);
            assertThat(ratios.get(ratios.size() - 1)).isLessThanOrEqualTo(1.001);
            // uniform over the disc: the median distance is the radius / sqrt 2
            assertThat(ratios.get(ratios.size() / 2)).isCloseTo(Math.sqrt(0.5), within(0.04));
        }

        @Test
        void usAircraftLossesArePlacedWithinTwoToTenKilometresGroundLossesOneToThree() {
            for (Victim v : US_VICTIMS) {
                int precision = v.casualty().record().lossPrecisionM().orElseThrow();
                if (v.casualty().aircraft()) {
                    assertThat(precision).isBetween(2_000, 10_000);
                } else {
                    assertThat(precision).isBetween(1_000, 3_000);
                }
            }
        }
    }

    @Nested
    class RecoverySitesAndDisplacement {

        @Test
        void fieldSitesLieWithinAFewKilometresOfTheTruePointCemeteriesTensOfKilometres() {
            Map<String, List<Double>> byKind = displacements(VN, VN_VICTIMS);
            int vietnamese = byKind.values().stream().mapToInt(List::size).sum();
            // 80 m of jitter around the site point on top of the site's own radius
            assertThat(max(byKind.get("BATTLE_SITE"))).isLessThanOrEqualTo(3_000 + 115);
            assertThat(max(byKind.get("GRAVE"))).isLessThanOrEqualTo(5_000 + 115);
            // a new battle site is uniform over a 3 km disc: median 2.1 km (sd about 0.1 km at n = 400)
            assertThat(median(byKind.get("BATTLE_SITE"))).isBetween(1_700.0, 2_600.0);
            assertThat(median(byKind.get("CEMETERY"))).isBetween(10_000.0, 80_000.0);
            assertThat(byKind.get("CEMETERY").size() / (double) vietnamese).isCloseTo(0.5, within(0.05));
            for (int k = 0; k < VN.remains.size(); k++) {
                SiteRow s = VN.sites.get(VN.remains.get(k).siteId());
                assertThat(s.province()).isEqualTo(VN_VICTIMS.get(k).casualty().lossProvince().name());
            }
        }

        @Test
        void usCrashSitesLieWithinAKilometreBattleSitesHalfAKilometre() {
            Map<String, List<Double>> byKind = displacements(US, US_VICTIMS);
            assertThat(max(byKind.get("CRASH_SITE"))).isLessThanOrEqualTo(1_000 + 115);
            assertThat(max(byKind.get("BATTLE_SITE"))).isLessThanOrEqualTo(500 + 115);
            assertThat(byKind).doesNotContainKey("CEMETERY");
        }

        private Map<String, List<Double>> displacements(Collector c, List<Victim> victims) {
            Map<String, List<Double>> byKind = new HashMap<>();
            for (int k = 0; k < c.remains.size(); k++) {
                RemainsRow r = c.remains.get(k);
                double d = LossLocation.distanceM(r.recoveryPoint().orElseThrow(), victims.get(k).casualty().lossPoint());
                byKind.computeIfAbsent(c.sites.get(r.siteId()).kind(), x -> new ArrayList<>()).add(d);
            }
            return byKind;
        }
    }

    @Nested
    class NamedObjectsAndEstimates {

        @Test
        void aVialWithANameLiesWithFourPercentOfVietnameseRemainsMostlyTheirOwn() {
            int[] named = namedObjects(VN, VN_VICTIMS, Artifacts.VIAL);
            // 1500 remains: 4% = 60 (sd 7.6); 80% of them own (sd about 5%)
            assertThat(named[0]).isBetween(35, 90);
            assertThat(named[1] / (double) named[0]).isCloseTo(0.8, within(0.16));
        }

        @Test
        void aDogTagLiesWithFivePercentOfUsRemainsMostlyTheirOwn() {
            int[] named = namedObjects(US, US_VICTIMS, Artifacts.DOG_TAG);
            // 1000 remains: 5% = 50 (sd 6.9); 90% own (sd about 4%)
            assertThat(named[0]).isBetween(28, 75);
            assertThat(named[1] / (double) named[0]).isCloseTo(0.9, within(0.13));
            assertThat(Artifacts.dogTag(US_VICTIMS.get(0).casualty().name())).matches("[A-Z]+ [A-Z]+ [A-Z]");
        }

        @Test
        void ageIntervalsHoldTheTrueAgeAndTheSexEstimateIsRightFourTimesInFive() {
            int right = 0;
            for (int k = 0; k < VN.remains.size(); k++) {
                RemainsRow r = VN.remains.get(k);
                Casualty c = VN_VICTIMS.get(k).casualty();
                int age = c.lossYear() - c.birthYear();
                assertThat(age).isBetween(r.ageMin().orElseThrow(), r.ageMax().orElseThrow());
                assertThat(r.ageMax().orElseThrow() - r.ageMin().orElseThrow()).isBetween(4, 16);
                right += r.sexEstimate().equals(c.male() ? "M" : "F") ? 1 : 0;
            }
            assertThat(right / (double) VN.remains.size()).isCloseTo(0.82, within(0.04));
        }

        /** The number of remains with a named object of the given kind, and of those naming the person. */
        private int[] namedObjects(Collector c, List<Victim> victims, String prefix) {
            int named = 0;
            int own = 0;
            for (int k = 0; k < c.remains.size(); k++) {
                Casualty person = victims.get(k).casualty();
                String expected = prefix + (person.us() ? Artifacts.dogTag(person.name()) : person.name().full());
                for (String a : c.remains.get(k).artifacts()) {
                    if (a.startsWith(prefix)) {
                        named++;
                        own += a.equals(expected) ? 1 : 0;
                    }
                }
            }
            return new int[] {named, own};
        }
    }

    private static List<MissingPersonRow> registered(List<Victim> victims) {
        return victims.stream().filter(v -> !v.missingPersonId().isEmpty()).map(v -> v.casualty().record()).toList();
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
