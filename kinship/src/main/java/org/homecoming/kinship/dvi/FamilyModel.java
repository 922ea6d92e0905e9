package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * One reference family prepared for DVI: its likelihood per locus and, for each missing person and
 * locus, the distribution of the missing person's genotype given the references. With θ = 0, no
 * dropout on the victim and an autosomal locus, the LR of "victim V is missing person M" at a locus
 * is P(M = g_V | references) / P(g_V) — one peeling per missing person and locus serves every
 * victim. Elsewhere the victim is placed in the pedigree and the family is peeled again; with θ > 0
 * the alternative "victim unrelated to the family" is the family and the victim as a lone founder
 * in one θ computation.
 */
final class FamilyModel {

    private final ReferenceFamily family;
    private final List<Locus> loci;
    private final LikelihoodOptions options;
    private final double[] logLikelihoods;
    private final Map<String, double[][]> distributions = new HashMap<>();
    private final Map<String, Double> placedCache = new ConcurrentHashMap<>();
    private volatile FamilyModel noMutation;

    private FamilyModel(ReferenceFamily family, List<Locus> loci, LikelihoodOptions options) {
        this.family = family;
        this.loci = loci;
        this.options = options;
        this.logLikelihoods = new double[loci.size()];
        for (int l = 0; l < loci.size(); l++) {
            logLikelihoods[l] = Likelihood.logLikelihood(family.pedigree(), family.references(), loci.get(l), options);
        }
        if (options.theta() == 0) {
            for (String m : family.missing()) {
                double[][] d = new double[loci.size()][];
                for (int l = 0; l < loci.size(); l++) {
                    if (loci.get(l).chromosome() == Chromosome.AUTOSOMAL && logLikelihoods[l] > Double.NEGATIVE_INFINITY) {
                        d[l] = Likelihood.genotypeDistribution(family.pedigree(), family.references(), loci.get(l), m, options);
                    }
                }
                distributions.put(m, d);
            }
        }
    }

    /** The family prepared for LRs; its references must be possible at every locus. */
    static FamilyModel of(ReferenceFamily family, List<Locus> loci, LikelihoodOptions options) {
        FamilyModel model = new FamilyModel(family, loci, options);
        for (int l = 0; l < loci.size(); l++) {
            if (model.logLikelihoods[l] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("the references of family " + family.name()
                        + " are impossible at locus " + loci.get(l).name() + " under its mutation model");
            }
        }
        return model;
    }

    /** True when the references fit the pedigree at every locus without any mutation. */
    boolean consistentWithoutMutation() {
        for (double x : exclusions().logLikelihoods) {
            if (x == Double.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /** The same family with every locus's mutation model removed. */
    FamilyModel withoutMutation() {
        return modelsMutation() ? of(family, withoutMutation(loci), options) : this;
    }

    static List<Locus> withoutMutation(List<Locus> loci) {
        List<Locus> out = new ArrayList<>();
        for (Locus l : loci) {
            out.add(l.mutation().isTrivial() ? l : l.withMutation(MutationModel.none(l.alleleCount())));
        }
        return out;
    }

    boolean modelsMutation() {
        return loci.stream().anyMatch(l -> !l.mutation().isTrivial());
    }

    ReferenceFamily family() {
        return family;
    }

    String name() {
        return family.name();
    }

    List<Locus> loci() {
        return loci;
    }

    LikelihoodOptions options() {
        return options;
    }

    double logLikelihood() {
        double sum = 0;
        for (double x : logLikelihoods) {
            sum += x;
        }
        return sum;
    }

    /** log LR, summed over loci, of "victim is missing" against "victim unrelated to the family". */
    double logLr(String missing, String victim, VictimProfiles victims) {
        double sum = 0;
        for (int l = 0; l < loci.size(); l++) {
            if (victims.typedAt(victim, l)) {
                sum += logLr(missing, victim, victims, l);
            }
        }
        return sum;
    }

    private double logLr(String missing, String victim, VictimProfiles victims, int l) {
        double[][] d = distributions.get(missing);
        if (d != null && d[l] != null && !options.dropout().containsKey(victim)) {
            double p = d[l][genotypeIndex(victims.table().get(victim, loci.get(l).name()).orElseThrow(), l, victim)];
            return Math.log(p) - victims.logLikelihood(victim, l);
        }
        return placedLogLikelihood(Map.of(missing, victim), victims, l) - unrelatedLogLikelihood(victim, victims, l);
    }

    /**
     * log L of "the victim is unrelated to the family". With θ = 0 that is L(family)·L(victim); with
     * θ > 0 the victim's alleles come from the same subpopulation urn as the family's founders, so
     * the family and the victim as a lone founder are scored together in one θ computation (as the
     * kinship engine scores any "unrelated" hypothesis), not as a product.
     */
    private double unrelatedLogLikelihood(String victim, VictimProfiles victims, int l) {
        if (options.theta() == 0) {
            return logLikelihoods[l] + victims.logLikelihood(victim, l);
        }
        Pedigree joint = family.pedigree().union(Pedigree.singleton(victim, victims.sex(victim)));
        GenotypeTable table = family.references().with(victim, victims.table(), victim);
        return Likelihood.logLikelihood(joint, table, loci.get(l), options);
    }

    private int genotypeIndex(Genotype g, int l, String victim) {
        Locus locus = loci.get(l);
        int a = locus.indexOf(g.allele1());
        int b = locus.indexOf(g.allele2());
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("victim " + victim + " has an allele at locus " + locus.name()
                    + " that is not in its frequency table: " + g);
        }
        return GenotypeIndex.index(a, b);
    }

    /** log-likelihood of the family, all loci, with victims placed on missing persons (missing → victim). */
    double logLikelihood(Map<String, String> placed, VictimProfiles victims) {
        if (placed.isEmpty()) {
            return logLikelihood();
        }
        String key = new TreeMap<>(placed).toString();
        return placedCache.computeIfAbsent(key, k -> {
            double sum = 0;
            for (int l = 0; l < loci.size(); l++) {
                sum += placedLogLikelihood(placed, victims, l);
            }
            return sum;
        });
    }

    double placedLogLikelihood(Map<String, String> placed, VictimProfiles victims, int l) {
        GenotypeTable table = family.references();
        LikelihoodOptions o = options;
        for (Map.Entry<String, String> e : placed.entrySet()) {
            if (!victims.table().isTyped(e.getValue())) {
                continue;
            }
            table = table.with(e.getKey(), victims.table(), e.getValue());
            Double dropout = options.dropout().get(e.getValue());
            if (dropout != null) {
                o = o.withDropout(e.getKey(), dropout);
            }
        }
        return Likelihood.logLikelihood(family.pedigree(), table, loci.get(l), o);
    }

    /** Names of the loci at which the victim on the missing person is impossible without mutation. */
    List<String> incompatibleLoci(String missing, String victim, VictimProfiles victims) {
        FamilyModel m = exclusions();
        List<String> out = new ArrayList<>();
        for (int l = 0; l < loci.size(); l++) {
            if (m.logLikelihoods[l] == Double.NEGATIVE_INFINITY
                    || victims.typedAt(victim, l) && m.logLr(missing, victim, victims, l) == Double.NEGATIVE_INFINITY) {
                out.add(loci.get(l).name());
            }
        }
        return out;
    }

    private FamilyModel exclusions() {
        FamilyModel m = noMutation;
        if (m == null) {
            m = modelsMutation() ? new FamilyModel(family, withoutMutation(loci), options) : this;
            noMutation = m;
        }
        return m;
    }
}
