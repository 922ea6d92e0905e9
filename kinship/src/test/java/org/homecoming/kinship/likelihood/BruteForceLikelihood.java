package org.homecoming.kinship.likelihood;

import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The straightforward reference: sums over every ordered genotype of every person, founders drawn
 * allele by allele from the Balding–Nichols urn. Exponential; for cross-checking small cases only.
 */
final class BruteForceLikelihood {

    private final Pedigree ped;
    private final GenotypeTable data;
    private final Locus locus;
    private final LikelihoodOptions options;
    private final int n;
    private final boolean x;
    private final int[] order;
    private final int[] pat;
    private final int[] mat;

    private BruteForceLikelihood(Pedigree ped, GenotypeTable data, Locus locus, LikelihoodOptions options) {
        this.ped = ped;
        this.data = data;
        this.locus = locus;
        this.options = options;
        this.n = locus.alleleCount();
        this.x = locus.chromosome() == Chromosome.X;
        this.order = topological(ped);
        this.pat = new int[ped.size()];
        this.mat = new int[ped.size()];
    }

    static double likelihood(Pedigree ped, GenotypeTable data, Locus locus, LikelihoodOptions options) {
        return new BruteForceLikelihood(ped, data, locus, options).sum(0);
    }

    private static int[] topological(Pedigree p) {
        int[] order = new int[p.size()];
        boolean[] placed = new boolean[p.size()];
        int k = 0;
        while (k < p.size()) {
            for (int i = 0; i < p.size(); i++) {
                if (!placed[i] && (p.isFounder(i) || (placed[p.father(i)] && placed[p.mother(i)]))) {
                    placed[i] = true;
                    order[k++] = i;
                }
            }
        }
        return order;
    }

    private boolean male(int i) {
        if (ped.sex(i) == Sex.MALE) {
            return true;
        }
        for (int c = 0; c < ped.size(); c++) {
            if (ped.father(c) == i) {
                return true;
            }
        }
        return false;
    }

    private double sum(int k) {
        if (k == order.length) {
            return founderProbability() * evidence();
        }
        int i = order[k];
        boolean hemi = x && male(i);
        double s = 0;
        for (int a = hemi ? -1 : 0; a < (hemi ? 0 : n); a++) {
            for (int b = 0; b < n; b++) {
                pat[i] = a;
                mat[i] = b;
                double t = 1;
                if (!ped.isFounder(i)) {
                    t = transmit(ped.mother(i), b, false);
                    if (!hemi) {
                        t *= transmit(ped.father(i), a, true);
                    }
                }
                if (t > 0) {
                    s += t * sum(k + 1);
                }
            }
        }
        return s;
    }

    private double transmit(int parent, int allele, boolean fromFather) {
        double[][] m = locus.mutation().matrix(fromFather).toArray();
        if (pat[parent] < 0) {
            return m[mat[parent]][allele];
        }
        return 0.5 * (m[pat[parent]][allele] + m[mat[parent]][allele]);
    }

    private double founderProbability() {
        double theta = options.theta();
        double[] p = locus.frequencies();
        int[] drawn = new int[n];
        double prob = 1;
        int j = 0;
        for (int i = 0; i < ped.size(); i++) {
            if (!ped.isFounder(i)) {
                continue;
            }
            for (int a : new int[] {pat[i], mat[i]}) {
                if (a < 0) {
                    continue;
                }
                j++;
                prob *= (drawn[a] * theta + (1 - theta) * p[a]) / (1 + (j - 2) * theta);
                drawn[a]++;
            }
        }
        return prob;
    }

    private double evidence() {
        double e = 1;
        for (int i = 0; i < ped.size(); i++) {
            Genotype g = data.get(ped.id(i), locus.name()).orElse(null);
            if (g == null) {
                continue;
            }
            int c1 = locus.indexOf(g.allele1());
            int c2 = locus.indexOf(g.allele2());
            double d = options.dropout(ped.id(i));
            int a = pat[i];
            int b = mat[i];
            if (a < 0) {
                e *= b == c1 && c1 == c2 ? 1 - d : 0;
            } else if (c1 != c2) {
                e *= (a == c1 && b == c2) || (a == c2 && b == c1) ? (1 - d) * (1 - d) : 0;
            } else if (a == c1 && b == c1) {
                e *= 1 - d * d;
            } else {
                e *= a == c1 || b == c1 ? d * (1 - d) : 0;
            }
        }
        return e;
    }
}
