package org.homecoming.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.programme.Relationship;
import org.homecoming.simulator.genetics.Genome;
import org.homecoming.simulator.genetics.Kit;
import org.junit.jupiter.api.Test;

class FamilyBuilderTests {

    private final Genome genome = new Genome(Kit.select(SimulationSpec.defaultFrequencies(), 23), 0);
    private final CasualtyFactory casualties = new CasualtyFactory(1);

    @Test
    void everyChildHasOneAlleleFromEachParentAtEveryLocusWithoutMutation() {
        SplittableRandom rng = new SplittableRandom(4);
        int children = 0;
        for (int f = 0; f < 200; f++) {
            for (SimulatedRelative p : family(rng)) {
                if (p.isFounder()) {
                    continue;
                }
                children++;
                for (int l = 0; l < genome.loci(); l++) {
                    int paternal = p.genotype[2 * l];
                    int maternal = p.genotype[2 * l + 1];
                    assertThat(paternal).isIn(p.father.genotype[2 * l], p.father.genotype[2 * l + 1]);
                    assertThat(maternal).isIn(p.mother.genotype[2 * l], p.mother.genotype[2 * l + 1]);
                }
            }
        }
        assertThat(children).isGreaterThan(1000);
    }

    @Test
    void relationshipsAgreeWithThePedigreeLinks() {
        SplittableRandom rng = new SplittableRandom(8);
        for (int f = 0; f < 300; f++) {
            List<SimulatedRelative> family = family(rng);
            SimulatedRelative mp = family.stream().filter(p -> p.missingPerson && p.relationship == Relationship.OTHER)
                    .findFirst().orElseThrow();
            for (SimulatedRelative p : family) {
                switch (p.relationship) {
                    case BROTHER, SISTER -> {
                        assertThat(p.father).isSameAs(mp.father);
                        assertThat(p.mother).isSameAs(mp.mother);
                    }
                    case HALF_BROTHER, HALF_SISTER ->
                        assertThat(p.father == mp.father ^ p.mother == mp.mother).isTrue();
                    case SON, DAUGHTER -> assertThat(p.father == mp || p.mother == mp).isTrue();
                    case NEPHEW, NIECE -> assertThat(isSibling(p.father, mp) || isSibling(p.mother, mp)).isTrue();
                    case GRANDCHILD -> assertThat(p.father.father == mp || p.father.mother == mp
                            || p.mother.father == mp || p.mother.mother == mp).isTrue();
                    case COUSIN -> assertThat(isSibling(p.father, mp.father) || isSibling(p.mother, mp.father)).isTrue();
                    case FATHER -> assertThat(p).isSameAs(mp.father);
                    case MOTHER -> assertThat(p).isSameAs(mp.mother);
                    default -> { }
                }
                if (!p.isFounder()) {
                    assertThat(p.father.male).isTrue();
                    assertThat(p.mother.male).isFalse();
                    assertThat(family.indexOf(p.father)).isLessThan(family.indexOf(p));
                }
            }
        }
    }

    @Test
    void referencesAreLivingBloodRelativesOrParentsTypedLongAgo() {
        SplittableRandom rng = new SplittableRandom(15);
        int typed = 0;
        for (int f = 0; f < 300; f++) {
            for (SimulatedRelative p : family(rng)) {
                if (p.typed) {
                    typed++;
                    assertThat(p.relationship.isBlood()).isTrue();
                    assertThat(p.living || p.relationship == Relationship.FATHER
                            || p.relationship == Relationship.MOTHER).isTrue();
                }
            }
        }
        assertThat(typed).isBetween(300, 1200);
    }

    @Test
    void aMissingBrotherIsAFullBrotherOfFightingAgeNeitherLivingNorTyped() {
        SplittableRandom rng = new SplittableRandom(16);
        int brothers = 0;
        for (int f = 0; f < 300; f++) {
            Casualty c = casualties.create("MP-1", false, rng);
            List<SimulatedRelative> family = FamilyBuilder.build(c, genome, true, c.male(), rng);
            SimulatedRelative mp = family.stream().filter(p -> p.relationship == Relationship.OTHER).findFirst().orElseThrow();
            List<SimulatedRelative> missing = family.stream().filter(p -> p.missingPerson && p != mp).toList();
            if (!c.male()) {
                assertThat(missing).isEmpty();
                continue;
            }
            assertThat(missing).hasSize(1);
            SimulatedRelative b = missing.get(0);
            brothers++;
            assertThat(b.relationship).isEqualTo(Relationship.BROTHER);
            assertThat(b.male).isTrue();
            assertThat(b.father).isSameAs(mp.father);
            assertThat(b.mother).isSameAs(mp.mother);
            assertThat(b.birthYear).isBetween(1935, 1957).isBetween(c.birthYear() - 8, c.birthYear() + 8)
                    .isLessThanOrEqualTo(c.lossYear() - 17);
            assertThat(b.living).isFalse();
            assertThat(b.typed).isFalse();
        }
        assertThat(brothers).isGreaterThan(250);
    }

    @Test
    void survivalFallsWithAge() {
        assertThat(FamilyBuilder.survival(50)).isEqualTo(0.95);
        assertThat(FamilyBuilder.survival(85)).isEqualTo(0.35);
        assertThat(FamilyBuilder.survival(101)).isZero();
    }

    /** A family; a fifth of the Vietnamese men's families with a missing brother too. */
    private List<SimulatedRelative> family(SplittableRandom rng) {
        Casualty c = casualties.create("MP-1", rng.nextDouble() < 0.05, rng);
        boolean brother = !c.us() && c.male() && rng.nextDouble() < 0.2;
        return FamilyBuilder.build(c, genome, true, brother, rng);
    }

    private static boolean isSibling(SimulatedRelative a, SimulatedRelative b) {
        return a != b && a.father != null && a.father == b.father || a != b && a.mother != null && a.mother == b.mother;
    }
}
