package org.homecoming.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.programme.Relationship;
import org.homecoming.simulator.genetics.Genome;
import org.homecoming.simulator.genetics.MtHaplotypes;
import org.homecoming.simulator.genetics.YHaplotypes;
import org.homecoming.simulator.people.AmericanNames;
import org.homecoming.simulator.people.Name;
import org.homecoming.simulator.people.VietnameseNameGenerator;

/**
 * Builds the family of a missing person as it stands 50 years on, drops genes through it and picks the
 * references. Everyone is created after their parents, so the list is in gene-dropping order. Some
 * families lost a second son: a full brother, missing too, never typed.
 */
final class FamilyBuilder {

    static final int PRESENT = 2025;
    private static final double[] SIBLINGS = {0.08, 0.12, 0.18, 0.2, 0.18, 0.14, 0.1};
    private static final double[] REFERENCES = {0.3, 0.3, 0.22, 0.12, 0.06};

    private final Casualty casualty;
    private final SplittableRandom rng;
    private final List<SimulatedRelative> people = new ArrayList<>();
    private int lineages;

    private final boolean missingBrother;

    private FamilyBuilder(Casualty casualty, boolean missingBrother, SplittableRandom rng) {
        this.casualty = casualty;
        this.missingBrother = missingBrother;
        this.rng = rng;
    }

    /**
     * The family, genotyped. The missing person is the element with {@code missingPerson} set and
     * relationship {@code OTHER}; with {@code missingBrother}, a {@code BROTHER} with {@code
     * missingPerson} set is missing too.
     */
    static List<SimulatedRelative> build(Casualty casualty, Genome genome, boolean inDatabase, boolean missingBrother,
            SplittableRandom rng) {
        FamilyBuilder b = new FamilyBuilder(casualty, missingBrother, rng);
        b.structure();
        b.dropGenes(genome);
        if (inDatabase) {
            b.chooseReferences();
        }
        return b.people;
    }

    private void structure() {
        int b = casualty.birthYear();
        String surname = casualty.name().family();
        int fatherBirth = b - 22 - rng.nextInt(19);
        SimulatedRelative father;
        if (rng.nextDouble() < 0.12) {
            father = paternalBranch(surname, fatherBirth);
        } else {
            father = add(Relationship.FATHER, true, fatherBirth, null, null, name(surname, true));
        }
        SimulatedRelative mother = add(Relationship.MOTHER, false, b - 18 - rng.nextInt(18), null, null, name(null, false));
        SimulatedRelative mp = new SimulatedRelative(Relationship.OTHER, true, casualty.male(), b, father, mother, casualty.name());
        people.add(mp);
        List<SimulatedRelative> siblings = new ArrayList<>();
        int n = draw(SIBLINGS);
        for (int i = 0; i < n; i++) {
            boolean male = rng.nextBoolean();
            int year = Math.max(mother.birthYear + 17, Math.min(b + 20, b - 12 + rng.nextInt(25)));
            siblings.add(add(male ? Relationship.BROTHER : Relationship.SISTER, male, year, father, mother,
                    name(surname, male)));
        }
        if (missingBrother) {
            siblings.add(missingBrother(father, mother, surname));
        }
        if (rng.nextDouble() < 0.1) {
            siblings.addAll(halfSiblings(father, mother, surname));
        }
        for (SimulatedRelative s : siblings) {
            if (s.birthYear <= 1975 && rng.nextDouble() < 0.85) {
                marry(s, Relationship.NEPHEW, rng.nextInt(5));
            }
        }
        if (b <= 1950 && rng.nextDouble() < 0.4) {
            spouseAndChildren(mp);
        }
    }

    /**
     * A full brother lost in the same war: born within eight years of the missing person, between 1935
     * and 1957 like every soldier simulated, and at least 17 in the year of loss; dead, so never typed.
     */
    private SimulatedRelative missingBrother(SimulatedRelative father, SimulatedRelative mother, String surname) {
        int b = casualty.birthYear();
        int from = Math.max(Math.max(mother.birthYear + 17, b - 8), 1935);
        int to = Math.min(Math.min(b + 8, casualty.lossYear() - 17), 1957);
        SimulatedRelative brother = new SimulatedRelative(Relationship.BROTHER, true, true, from + rng.nextInt(to - from + 1), father,
                mother, name(surname, true));
        people.add(brother);
        return brother;
    }

    /** Grandparents, the father, an uncle or aunt with their spouse and the cousins. */
    private SimulatedRelative paternalBranch(String surname, int fatherBirth) {
        SimulatedRelative gf = add(Relationship.GRANDFATHER, true, fatherBirth - 20 - rng.nextInt(15), null, null,
                name(surname, true));
        SimulatedRelative gm = add(Relationship.GRANDMOTHER, false, gf.birthYear + rng.nextInt(8), null, null, name(null, false));
        gf.nameKnown = rng.nextBoolean();
        gm.nameKnown = rng.nextBoolean();
        SimulatedRelative father = add(Relationship.FATHER, true, fatherBirth, gf, gm, name(surname, true));
        boolean uncle = rng.nextBoolean();
        SimulatedRelative u = add(uncle ? Relationship.UNCLE : Relationship.AUNT, uncle, fatherBirth - 6 + rng.nextInt(13),
                gf, gm, name(surname, uncle));
        marry(u, Relationship.COUSIN, 1 + rng.nextInt(3));
        return father;
    }

    private List<SimulatedRelative> halfSiblings(SimulatedRelative father, SimulatedRelative mother, String surname) {
        boolean stepmother = rng.nextBoolean();
        SimulatedRelative step = add(Relationship.STEPPARENT, !stepmother,
                (stepmother ? father : mother).birthYear + rng.nextInt(10) - 3, null, null, name(null, !stepmother));
        SimulatedRelative f = stepmother ? father : step;
        SimulatedRelative m = stepmother ? step : mother;
        String family = f.name.family();
        List<SimulatedRelative> half = new ArrayList<>();
        int n = 1 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean male = rng.nextBoolean();
            int year = Math.max(m.birthYear + 17, casualty.birthYear() - 15 + rng.nextInt(31));
            half.add(add(male ? Relationship.HALF_BROTHER : Relationship.HALF_SISTER, male, year, f, m,
                    name(stepmother ? surname : family, male)));
        }
        return half;
    }

    /** A spouse who marries in, and {@code children} children with the given relationship to the missing person. */
    private void marry(SimulatedRelative blood, Relationship childRelationship, int children) {
        SimulatedRelative spouse = add(Relationship.IN_LAW, !blood.male, blood.birthYear - 5 + rng.nextInt(11), null, null,
                name(null, !blood.male));
        SimulatedRelative f = blood.male ? blood : spouse;
        SimulatedRelative m = blood.male ? spouse : blood;
        for (int i = 0; i < children; i++) {
            boolean male = rng.nextBoolean();
            Relationship r = childRelationship == Relationship.NEPHEW && !male ? Relationship.NIECE : childRelationship;
            add(r, male, m.birthYear + 18 + rng.nextInt(20), f, m, name(f.name.family(), male));
        }
    }

    private void spouseAndChildren(SimulatedRelative mp) {
        SimulatedRelative spouse = add(Relationship.SPOUSE, !mp.male, mp.birthYear - 2 + rng.nextInt(6), null, null,
                name(null, !mp.male));
        SimulatedRelative f = mp.male ? mp : spouse;
        SimulatedRelative m = mp.male ? spouse : mp;
        int first = Math.max(mp.birthYear + 18, m.birthYear + 17);
        int last = casualty.lossYear() + 1;
        if (first > last) {
            return;
        }
        int n = 1 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean male = rng.nextBoolean();
            SimulatedRelative child = add(male ? Relationship.SON : Relationship.DAUGHTER, male,
                    first + rng.nextInt(last - first + 1), f, m, name(f.name.family(), male));
            if (rng.nextDouble() < 0.8) {
                marry(child, Relationship.GRANDCHILD, rng.nextInt(4));
            }
        }
    }

    private SimulatedRelative add(Relationship r, boolean male, int birthYear, SimulatedRelative father, SimulatedRelative mother, Name name) {
        SimulatedRelative p = new SimulatedRelative(r, false, male, birthYear, father, mother, name);
        p.living = rng.nextDouble() < survival(PRESENT - birthYear);
        people.add(p);
        return p;
    }

    /** Rough probability of being alive at a given age for Vietnamese born 1900–1990. */
    static double survival(int age) {
        if (age < 60) {
            return 0.95;
        }
        if (age < 70) {
            return 0.85;
        }
        if (age < 80) {
            return 0.65;
        }
        if (age < 90) {
            return 0.35;
        }
        return age < 100 ? 0.08 : 0;
    }

    private Name name(String family, boolean male) {
        if (casualty.us()) {
            return family == null ? AmericanNames.draw(rng, male) : AmericanNames.withFamily(family, rng, male);
        }
        return family == null ? VietnameseNameGenerator.draw(rng, male) : VietnameseNameGenerator.withFamily(family, rng, male);
    }

    private void dropGenes(Genome genome) {
        for (SimulatedRelative p : people) {
            if (p.isFounder()) {
                p.genotype = genome.founder(rng);
                p.mt = MtHaplotypes.founder(rng, casualty.us());
                p.mtLine = ++lineages;
                if (p.male) {
                    p.y = YHaplotypes.founder(rng, casualty.us());
                    p.yLine = ++lineages;
                }
            } else {
                p.genotype = genome.child(p.father.genotype, p.mother.genotype, rng);
                p.mt = MtHaplotypes.child(p.mother.mt, rng);
                p.mtLine = p.mother.mtLine;
                if (p.male) {
                    p.y = YHaplotypes.son(p.father.y, rng);
                    p.yLine = p.father.yLine;
                }
            }
        }
    }

    /** Living blood relatives, weighted by how often each kind gives a sample; parents typed long ago besides. */
    private void chooseReferences() {
        List<SimulatedRelative> candidates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (SimulatedRelative p : people) {
            if (p.missingPerson || !p.relationship.isBlood()) {
                continue;
            }
            if (!p.living) {
                boolean parent = p.relationship == Relationship.FATHER || p.relationship == Relationship.MOTHER;
                p.typed = parent && rng.nextDouble() < (p.male ? 0.04 : 0.06);
                continue;
            }
            candidates.add(p);
            weights.add(weight(p.relationship));
        }
        int k = Math.min(candidates.size(), 1 + draw(REFERENCES));
        for (int i = 0; i < k; i++) {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double u = rng.nextDouble() * total;
            int j = 0;
            while (j < weights.size() - 1 && (u -= weights.get(j)) >= 0) {
                j++;
            }
            candidates.remove(j).typed = true;
            weights.remove(j);
        }
    }

    private static double weight(Relationship r) {
        return switch (r) {
            case FATHER, MOTHER, SON, DAUGHTER -> 6;
            case BROTHER, SISTER -> 5;
            case NEPHEW, NIECE -> 3;
            case HALF_BROTHER, HALF_SISTER -> 2;
            case GRANDCHILD -> 1.5;
            case UNCLE, AUNT -> 1;
            default -> 0.8;
        };
    }

    private int draw(double[] probabilities) {
        double u = rng.nextDouble();
        for (int i = 0; i < probabilities.length; i++) {
            u -= probabilities[i];
            if (u < 0) {
                return i;
            }
        }
        return probabilities.length - 1;
    }
}
