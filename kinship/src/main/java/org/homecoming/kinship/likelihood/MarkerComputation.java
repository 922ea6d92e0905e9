package org.homecoming.kinship.likelihood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * One pedigree, one data set, one locus: the persons that matter, their possible genotypes, and the
 * exact sum over them (by variable elimination, founders enumerated under θ).
 *
 * <p>Each relevant person is either one genotype variable (founders, typed persons, X-linked
 * males), whose values are (paternal, maternal) allele pairs compatible with the data, or two
 * allele variables (untyped non-founders), which keeps the tables small.
 */
final class MarkerComputation {

    /** Most founder-genotype combinations enumerated for the θ correction. */
    static final long MAX_THETA_COMBINATIONS = 5_000_000L;

    private final Pedigree ped;
    private final Locus locus;
    private final LikelihoodOptions options;
    private final boolean xLinked;
    /** Persons kept (pedigree indices), ancestors before descendants not required. */
    private final int[] persons;
    /** Pedigree index → position in {@link #persons}, -1 when pruned. */
    private final int[] local;
    /** Full-locus allele indices of each kept person's call: [a, b], or null when untyped. */
    private final int[][] call;
    private final int target;
    private final AlleleSpace space;
    /** Dropout probability of each kept person. */
    private final double[] dropout;
    /** X-linked male (one allele) for each kept person. */
    private final boolean[] hemizygous;

    /**
     * @param target pedigree index of the person whose genotype distribution is wanted, or -1; that
     *     person's own data are ignored
     */
    MarkerComputation(Pedigree ped, GenotypeTable data, Locus locus, LikelihoodOptions options, int target) {
        this.ped = ped;
        this.locus = locus;
        this.options = options;
        this.xLinked = locus.chromosome() == Chromosome.X;
        this.target = target;
        int size = ped.size();
        int[][] calls = new int[size][];
        boolean[] keep = new boolean[size];
        boolean[] observed = new boolean[locus.alleleCount()];
        for (int i = 0; i < size; i++) {
            if (i == target) {
                keep[i] = true;
                continue;
            }
            Genotype g = data.get(ped.id(i), locus.name()).orElse(null);
            if (g == null) {
                continue;
            }
            int a = alleleIndex(ped.id(i), g.allele1());
            int b = alleleIndex(ped.id(i), g.allele2());
            if (xLinked && isMale(i) && a != b) {
                throw new IllegalArgumentException("person " + ped.id(i) + " is male and heterozygous "
                        + g + " at X-linked locus " + locus.name());
            }
            calls[i] = new int[] {a, b};
            observed[a] = true;
            observed[b] = true;
            keep[i] = true;
        }
        markAncestors(keep);
        int count = 0;
        local = new int[size];
        for (int i = 0; i < size; i++) {
            local[i] = keep[i] ? count++ : -1;
        }
        persons = new int[count];
        call = new int[count][];
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                persons[local[i]] = i;
                call[local[i]] = calls[i];
            }
        }
        AlleleSpace full = AlleleSpace.full(locus);
        space = target >= 0 ? full : full.lumped(locus, observed);
        dropout = new double[count];
        hemizygous = new boolean[count];
        for (int k = 0; k < count; k++) {
            dropout[k] = options.dropout().isEmpty() ? 0 : options.dropout(ped.id(persons[k]));
            hemizygous[k] = xLinked && isMale(persons[k]);
        }
    }

    private int alleleIndex(String person, String allele) {
        int a = AlleleSpace.fullIndex(locus, allele);
        if (a < 0) {
            throw new IllegalArgumentException("person " + person + " has allele " + allele + " at locus "
                    + locus.name() + ", which is not in its frequency table (add it with Locus.withMissingAlleles)");
        }
        return a;
    }

    /** At X-linked markers: male, or a father of someone (fathers are male even when sex is unknown). */
    private boolean isMale(int i) {
        if (ped.sex(i) == Sex.MALE) {
            return true;
        }
        if (ped.sex(i) == Sex.FEMALE) {
            return false;
        }
        for (int c = 0; c < ped.size(); c++) {
            if (ped.father(c) == i) {
                return true;
            }
        }
        return false;
    }

    private void markAncestors(boolean[] keep) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i] && !ped.isFounder(i)) {
                    if (!keep[ped.father(i)]) {
                        keep[ped.father(i)] = true;
                        changed = true;
                    }
                    if (!keep[ped.mother(i)]) {
                        keep[ped.mother(i)] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** The likelihood (not logged). */
    double likelihood() {
        return likelihood(true);
    }

    /**
     * The likelihood; {@code fastPath} false forces the general elimination even where the
     * one-generation sum applies (to cross-check the two).
     */
    double likelihood(boolean fastPath) {
        if (persons.length == 0) {
            return 1;
        }
        if (options.theta() == 0) {
            OneGenerationSum quick = fastPath ? oneGeneration() : null;
            if (quick != null) {
                return quick.likelihood();
            }
            Network net = build(null, fastPath);
            return net == null ? 0 : VariableElimination.sum(net.factors, net.domain);
        }
        double[] sum = new double[1];
        enumerateFounders((net, weight) -> sum[0] += weight * VariableElimination.sum(net.factors, net.domain));
        return sum[0];
    }

    /**
     * The likelihood at θ = 0 by elimination only (never the one-generation sum); {@code analytic}
     * false keeps untyped founders as genotype variables and meioses unsplit (to cross-check).
     */
    double eliminationLikelihood(boolean analytic) {
        if (persons.length == 0) {
            return 1;
        }
        Network net = build(null, analytic);
        return net == null ? 0 : VariableElimination.sum(net.factors, net.domain);
    }

    /** True when {@link #likelihood()} takes the one-generation fast path. */
    boolean hasOneGenerationShape() {
        return persons.length > 0 && options.theta() == 0 && oneGeneration() != null;
    }

    /** The one-generation sum for the kept persons, or null when they do not have that shape. */
    private OneGenerationSum oneGeneration() {
        int m = persons.length;
        int[] fatherOf = new int[m];
        int[] motherOf = new int[m];
        for (int k = 0; k < m; k++) {
            int i = persons[k];
            boolean founder = ped.isFounder(i);
            fatherOf[k] = founder ? -1 : local[ped.father(i)];
            motherOf[k] = founder ? -1 : local[ped.mother(i)];
        }
        return OneGenerationSum.of(space, fatherOf, motherOf, call, dropout, hemizygous);
    }

    /** P(target genotype | others' data), indexed by {@link GenotypeIndex}; throws when the data are impossible. */
    double[] distribution() {
        return distribution(true);
    }

    /** The distribution; {@code fast} false keeps untyped founders as genotype variables (to cross-check). */
    double[] distribution(boolean fast) {
        int n = space.n;
        double[] out = new double[GenotypeIndex.count(n)];
        if (options.theta() == 0) {
            Network net = build(null, fast);
            if (net != null) {
                addMarginal(net, 1, out);
            }
        } else {
            enumerateFounders((net, weight) -> addMarginal(net, weight, out));
        }
        double total = 0;
        for (double x : out) {
            total += x;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the data of the other persons are impossible at locus "
                    + locus.name() + "; no genotype distribution for " + ped.id(target));
        }
        for (int g = 0; g < out.length; g++) {
            out[g] /= total;
        }
        return out;
    }

    private void addMarginal(Network net, double weight, double[] out) {
        boolean[] keep = new boolean[net.domain.length];
        int t = local[target];
        for (int v : net.varsOf[t]) {
            keep[v] = true;
        }
        Factor f = VariableElimination.eliminateAllBut(net.factors, net.domain, keep);
        if (net.varsOf[t].length == 2) {
            int n = space.n;
            int pv = net.varsOf[t][0];
            boolean patFirst = f.vars[0] == pv;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double x = patFirst ? f.table[a * n + b] : f.table[b * n + a];
                    out[GenotypeIndex.index(a, b)] += weight * x;
                }
            }
        } else {
            int v = net.varsOf[t][0];
            for (int e = 0; e < net.domain[v]; e++) {
                int pat = net.pat[v][e];
                int mat = net.mat[v][e];
                out[GenotypeIndex.index(pat < 0 ? mat : pat, mat)] += weight * f.table[e];
            }
        }
    }

    // ---- θ: founders enumerated, each combination weighted by the Balding–Nichols urn ----

    private interface FounderVisitor {
        void visit(Network net, double weight);
    }

    private void enumerateFounders(FounderVisitor visitor) {
        List<Integer> founders = new ArrayList<>();
        for (int k = 0; k < persons.length; k++) {
            if (ped.isFounder(persons[k])) {
                founders.add(k);
            }
        }
        int nf = founders.size();
        int[][][] choices = new int[nf][][];
        double[][] evidence = new double[nf][];
        long combinations = 1;
        for (int j = 0; j < nf; j++) {
            Domain d = founderDomain(founders.get(j), false);
            if (d.size() == 0) {
                return;
            }
            choices[j] = new int[d.size()][];
            evidence[j] = new double[d.size()];
            for (int e = 0; e < d.size(); e++) {
                choices[j][e] = new int[] {d.pat[e], d.mat[e]};
                evidence[j][e] = d.weight[e];
            }
            combinations *= d.size();
            if (combinations > MAX_THETA_COMBINATIONS) {
                throw new IllegalArgumentException("theta correction at locus " + locus.name() + " needs more than "
                        + MAX_THETA_COMBINATIONS + " founder genotype combinations; type more persons or use theta = 0");
            }
        }
        int[] choice = new int[nf];
        int[] fixed = new int[persons.length];
        java.util.Arrays.fill(fixed, -1);
        while (true) {
            int[] sequence = new int[2 * nf];
            int len = 0;
            double weight = 1;
            for (int j = 0; j < nf; j++) {
                int[] g = choices[j][choice[j]];
                if (g[0] >= 0) {
                    sequence[len++] = g[0];
                }
                sequence[len++] = g[1];
                if (g[0] >= 0 && g[0] != g[1]) {
                    weight *= 2;
                }
                weight *= evidence[j][choice[j]];
                fixed[founders.get(j)] = choice[j];
            }
            weight *= urn(sequence, len);
            if (weight > 0) {
                Network net = build(fixed, false);
                if (net != null) {
                    visitor.visit(net, weight);
                }
            }
            int j = 0;
            while (j < nf && ++choice[j] == choices[j].length) {
                choice[j] = 0;
                j++;
            }
            if (j == nf) {
                return;
            }
        }
    }

    /** Probability of drawing this allele sequence from the Balding–Nichols urn. */
    private double urn(int[] sequence, int len) {
        double theta = options.theta();
        int[] drawn = new int[space.n];
        double prob = 1;
        for (int j = 1; j <= len; j++) {
            int a = sequence[j - 1];
            prob *= (drawn[a] * theta + (1 - theta) * space.p[a]) / (1 + (j - 2) * theta);
            drawn[a]++;
        }
        return prob;
    }

    // ---- the network ----

    /** Variables, their domains and the factors over them. */
    static final class Network {
        final List<Factor> factors = new ArrayList<>();
        int[] domain;
        /**
         * For genotype variables: paternal allele (-1 for a hemizygous male) and maternal allele of
         * each value; null for allele and meiosis variables (room for four variables per person).
         */
        int[][] pat;
        int[][] mat;
        /** Variables of each kept person: one genotype variable, or paternal and maternal allele variables. */
        int[][] varsOf;
        /** The two factors of each split meiosis, by identity (see {@link #addTransmission}). */
        final Map<Factor, SplitHalf> splitHalves = new IdentityHashMap<>(8);
        /**
         * Transmissions from a genotype variable into an allele variable, by identity, with the
         * meiosis's transmission columns (only when meioses are split).
         */
        final Map<Factor, double[]> meioses = new IdentityHashMap<>(8);
    }

    /**
     * One factor of a split meiosis over (s, parent allele, child variable): ½T(parent allele,
     * childAllele[x]) at s = side, 1 at the other s; {@code columns} is T. Its factor's table is
     * null until {@link #materializeSplitHalves} writes it.
     */
    private record SplitHalf(int side, double[] columns, int[] childAllele) { }

    /** Possible genotypes of one person with their weights, in growing primitive arrays. */
    private static final class Domain {
        int[] pat = new int[4];
        int[] mat = new int[4];
        double[] weight = new double[4];
        int size;

        void add(int p, int m, double w) {
            if (w > 0) {
                if (size == weight.length) {
                    pat = Arrays.copyOf(pat, 2 * size);
                    mat = Arrays.copyOf(mat, 2 * size);
                    weight = Arrays.copyOf(weight, 2 * size);
                }
                pat[size] = p;
                mat[size] = m;
                weight[size++] = w;
            }
        }

        int size() {
            return size;
        }
    }

    /**
     * Builds the network; {@code fixedFounder[k]} ≥ 0 pins founder k to that value of its domain with
     * weight 1 (θ enumeration). With {@code analyticFounders} (θ = 0 only), each untyped founder other
     * than the target is summed out at once into a {@link FounderMessage} over its children's
     * variables. Returns null when someone has no possible genotype.
     */
    private Network build(int[] fixedFounder, boolean analyticFounders) {
        int m = persons.length;
        Network net = new Network();
        // At most two variables per person, one meiosis variable per transmission.
        int[] domains = new int[4 * m];
        int[][] pats = new int[4 * m][];
        int[][] mats = new int[4 * m][];
        int vars = 0;
        net.varsOf = new int[m][];
        int n = space.n;
        boolean[] analytic = new boolean[m];
        for (int k = 0; k < m; k++) {
            int i = persons[k];
            boolean founder = ped.isFounder(i);
            boolean hemi = hemizygous[k];
            if (analyticFounders && fixedFounder == null && founder && call[k] == null && i != target) {
                analytic[k] = true;
                net.varsOf[k] = new int[0];
                continue;
            }
            if (!founder && call[k] == null && !hemi) {
                domains[vars] = n;
                domains[vars + 1] = n;
                net.varsOf[k] = new int[] {vars, vars + 1};
                vars += 2;
                continue;
            }
            Domain d = founder ? founderDomain(k, fixedFounder == null) : nonFounderDomain(k);
            if (fixedFounder != null && founder) {
                int e = fixedFounder[k];
                Domain one = new Domain();
                one.add(d.pat[e], d.mat[e], 1);
                d = one;
            }
            if (d.size() == 0) {
                return null;
            }
            int v = vars++;
            domains[v] = d.size();
            pats[v] = Arrays.copyOf(d.pat, d.size());
            mats[v] = Arrays.copyOf(d.mat, d.size());
            net.varsOf[k] = new int[] {v};
            net.factors.add(new Factor(new int[] {v}, Arrays.copyOf(d.weight, d.size())));
        }
        net.domain = Arrays.copyOf(domains, vars);
        net.pat = pats;
        net.mat = mats;
        // Each analytic founder's edges, coded 2 × child + (1 from the father, 0 from the mother).
        int[][] edges = new int[m][];
        int[] edgeCount = new int[m];
        for (int k = 0; k < m; k++) {
            int i = persons[k];
            if (ped.isFounder(i)) {
                continue;
            }
            boolean hemi = hemizygous[k];
            if (!hemi) {
                int father = local[ped.father(i)];
                if (analytic[father]) {
                    addEdge(edges, edgeCount, father, 2 * k + 1);
                } else {
                    addTransmission(net, father, k, true, analyticFounders);
                }
            }
            int mother = local[ped.mother(i)];
            if (analytic[mother]) {
                addEdge(edges, edgeCount, mother, 2 * k);
            } else {
                addTransmission(net, mother, k, false, analyticFounders);
            }
        }
        int[] pendingEdges = new int[net.domain.length];
        for (int k = 0; k < m; k++) {
            if (analytic[k]) {
                for (int j = 0; j < edgeCount[k]; j++) {
                    pendingEdges[childVariable(net, edges[k][j] >> 1, (edges[k][j] & 1) == 1)]++;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            if (analytic[k] && !addFounderMessage(net, k, edges[k], edgeCount[k], pendingEdges)) {
                // Too large to sum out at once: back to a genotype variable.
                return build(fixedFounder, false);
            }
        }
        foldTwoMeioses(net);
        materializeSplitHalves(net);
        return net;
    }

    /** Appends {@code code} to founder {@code founder}'s edges, growing its array. */
    private static void addEdge(int[][] edges, int[] count, int founder, int code) {
        if (edges[founder] == null) {
            edges[founder] = new int[4];
        } else if (count[founder] == edges[founder].length) {
            edges[founder] = Arrays.copyOf(edges[founder], 2 * count[founder]);
        }
        edges[founder][count[founder]++] = code;
    }

    /**
     * Adds untyped founder k's {@link FounderMessage} over its children's variables; false when too
     * large. A child variable that only one other factor holds (and nothing else waits for) is summed
     * out into the edge's weights at once, so the message lies over that factor's other variables.
     */
    private boolean addFounderMessage(Network net, int k, int[] edges, int e, int[] pendingEdges) {
        int n = space.n;
        int[] targets = new int[e];
        for (int j = 0; j < e; j++) {
            targets[j] = childVariable(net, edges[j] >> 1, (edges[j] & 1) == 1);
        }
        int[][] edgeVars = new int[e][];
        double[][] weight = new double[e][];
        for (int j = 0; j < e; j++) {
            boolean fromFather = (edges[j] & 1) == 1;
            int cv = targets[j];
            int[] allele = childAlleles(net, cv, fromFather);
            double[] t = fromFather ? space.maleColumns() : space.femaleColumns();
            Factor only = pendingEdges[cv] == 1 && !isTargetVariable(net, cv) ? onlyFactor(net, cv, targets) : null;
            int dc = net.domain[cv];
            if (only == null) {
                edgeVars[j] = new int[] {cv};
                weight[j] = new double[dc * n];
                for (int x = 0; x < dc; x++) {
                    System.arraycopy(t, allele[x] * n, weight[j], x * n, n);
                }
                continue;
            }
            SplitHalf half = net.splitHalves.get(only);
            if (half != null) {
                net.factors.remove(only);
                edgeVars[j] = new int[] {only.vars[0], only.vars[2]};
                weight[j] = foldSplitHalf(t, half);
                continue;
            }
            // weight(a, w) = Σ_x T(a, allele(x)) F(x, w), w the joint value of F's other variables.
            int pos = 0;
            while (only.vars[pos] != cv) {
                pos++;
            }
            int[] rest = new int[only.vars.length - 1];
            int inner = 1;
            for (int i = only.vars.length - 1; i > pos; i--) {
                inner *= net.domain[only.vars[i]];
            }
            int outer = only.table.length / (inner * dc);
            for (int i = 0, r = 0; i < only.vars.length; i++) {
                if (i != pos) {
                    rest[r++] = only.vars[i];
                }
            }
            double[] out = new double[outer * inner * n];
            boolean identity = dc == n;
            for (int x = 0; x < dc && identity; x++) {
                identity = allele[x] == x;
            }
            for (int hi = 0; hi < outer; hi++) {
                if (identity && allOnes(only.table, hi * dc * inner, dc * inner)) {
                    // The constant half of a split meiosis: Σ_x T(a, x), the same sum in the same order.
                    double[] rows = space.rowSums(t);
                    for (int lo = 0; lo < inner; lo++) {
                        System.arraycopy(rows, 0, out, (hi * inner + lo) * n, n);
                    }
                    continue;
                }
                for (int x = 0; x < dc; x++) {
                    int col = allele[x] * n;
                    for (int lo = 0; lo < inner; lo++) {
                        double f = only.table[(hi * dc + x) * inner + lo];
                        if (f == 0) {
                            continue;
                        }
                        int base = (hi * inner + lo) * n;
                        for (int a = 0; a < n; a++) {
                            out[base + a] += t[col + a] * f;
                        }
                    }
                }
            }
            net.factors.remove(only);
            edgeVars[j] = rest;
            weight[j] = out;
        }
        Factor f = FounderMessage.of(space, hemizygous[k], edgeVars, net.domain, weight);
        if (f == null) {
            return false;
        }
        net.factors.add(f);
        return true;
    }

    /**
     * A founder edge T into the parent allele of a split meiosis's half, summed over that allele:
     * ½(T · T_half)(a, childAllele[x]) at s = side (two meioses in a row, cached per allele space)
     * and Σ_y T(a, y) at the other s; indexed [(s × d + x) × n + a].
     */
    private double[] foldSplitHalf(double[] t, SplitHalf half) {
        int n = space.n;
        int d = half.childAllele().length;
        double[] out = new double[2 * d * n];
        double[] twice = space.twoMeioses(t, half.columns());
        double[] rows = space.rowSums(t);
        for (int x = 0; x < d; x++) {
            int col = half.childAllele()[x] * n;
            int at = (half.side() * d + x) * n;
            for (int a = 0; a < n; a++) {
                out[at + a] = 0.5 * twice[col + a];
            }
            System.arraycopy(rows, 0, out, ((1 - half.side()) * d + x) * n, n);
        }
        return out;
    }

    private static boolean allOnes(double[] table, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (table[i] != 1) {
                return false;
            }
        }
        return true;
    }

    private static int childVariable(Network net, int child, boolean fromFather) {
        int[] childVars = net.varsOf[child];
        return childVars.length == 2 ? childVars[fromFather ? 0 : 1] : childVars[0];
    }

    /** The one factor holding {@code cv}, or null when there are several or it also holds another of {@code targets}. */
    private static Factor onlyFactor(Network net, int cv, int[] targets) {
        Factor only = null;
        for (int i = 0; i < net.factors.size(); i++) {
            Factor f = net.factors.get(i);
            if (f.contains(cv)) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        if (only == null) {
            return null;
        }
        for (int t : targets) {
            if (t != cv && only.contains(t)) {
                return null;
            }
        }
        return only;
    }

    private boolean isTargetVariable(Network net, int v) {
        if (target < 0) {
            return false;
        }
        for (int w : net.varsOf[local[target]]) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * The allele the child variable {@code cv} received from its father (or mother) at each of its
     * values. Shared with the network, do not modify.
     */
    private int[] childAlleles(Network net, int cv, boolean fromFather) {
        if (net.pat[cv] == null) {
            return space.identity();
        }
        return fromFather ? net.pat[cv] : net.mat[cv];
    }

    /**
     * Founder genotypes: unordered pairs (a ≤ b), or single alleles for X-linked males (pat = -1);
     * weighted by Hardy–Weinberg when {@code withPrior}, always by the data.
     */
    private Domain founderDomain(int k, boolean withPrior) {
        int n = space.n;
        double[] p = space.p;
        Domain d = new Domain();
        boolean hemi = hemizygous[k];
        if (call[k] != null && dropout[k] == 0) {
            int x = Math.min(space.of(call[k][0]), space.of(call[k][1]));
            int y = Math.max(space.of(call[k][0]), space.of(call[k][1]));
            d.add(hemi ? -1 : x, y, !withPrior ? 1 : hemi ? p[y] : x == y ? p[x] * p[x] : 2 * p[x] * p[y]);
            return d;
        }
        for (int b = 0; b < n; b++) {
            if (hemi) {
                d.add(-1, b, (withPrior ? p[b] : 1) * evidence(k, b, b, true));
                continue;
            }
            for (int a = 0; a <= b; a++) {
                double prior = withPrior ? (a == b ? p[a] * p[a] : 2 * p[a] * p[b]) : 1;
                d.add(a, b, prior * evidence(k, a, b, false));
            }
        }
        return d;
    }

    /** Ordered (paternal, maternal) pairs of a typed non-founder, or maternal alleles of an X-linked male. */
    private Domain nonFounderDomain(int k) {
        int n = space.n;
        Domain d = new Domain();
        boolean hemi = hemizygous[k];
        if (call[k] != null && dropout[k] == 0) {
            int x = space.of(call[k][0]);
            int y = space.of(call[k][1]);
            if (hemi) {
                d.add(-1, x, 1);
            } else {
                d.add(x, y, 1);
                if (x != y) {
                    d.add(y, x, 1);
                }
            }
            return d;
        }
        for (int a = 0; a < n; a++) {
            if (hemi) {
                d.add(-1, a, evidence(k, a, a, true));
                continue;
            }
            for (int b = 0; b < n; b++) {
                d.add(a, b, evidence(k, a, b, false));
            }
        }
        return d;
    }

    /**
     * P(call | true genotype {a, b}) in this space's allele indices; 1 for untyped persons. Dropout:
     * each allele copy fails independently with probability d; a call a/b (a ≠ b) needs both copies
     * (1 − d)²; a call a/a comes from a/a with 1 − d² or from a/x with d(1 − d).
     */
    private double evidence(int k, int a, int b, boolean hemi) {
        int[] c = call[k];
        if (c == null) {
            return 1;
        }
        int x = space.of(c[0]);
        int y = space.of(c[1]);
        double d = dropout[k];
        if (hemi) {
            return b == x ? 1 - d : 0;
        }
        if (x != y) {
            return (a == x && b == y) || (a == y && b == x) ? (1 - d) * (1 - d) : 0;
        }
        if (a == x && b == x) {
            return 1 - d * d;
        }
        return a == x || b == x ? d * (1 - d) : 0;
    }

    /**
     * Adds the factors linking parent {@code par} to the allele child {@code k} receives from it.
     * With {@code split} and a parent of two allele variables (pat, mat), the meiosis gets its own
     * variable s of two values and ½[T(pat, x) + T(mat, x)] becomes Σ_s A(s, pat, x) B(s, mat, x)
     * with A = ½T(pat, x) at s = 0 and 1 at s = 1, B the mirror: no table then holds both parental
     * alleles and the child at once.
     */
    private void addTransmission(Network net, int par, int k, boolean fromFather, boolean split) {
        int[] parVars = net.varsOf[par];
        if (!split || parVars.length != 2) {
            Factor f = transmission(net, par, k, fromFather);
            net.factors.add(f);
            if (split && net.pat[f.vars[1]] == null) {
                net.meioses.put(f, fromFather ? space.maleColumns() : space.femaleColumns());
            }
            return;
        }
        double[] t = fromFather ? space.maleColumns() : space.femaleColumns();
        int n = space.n;
        int[] childVars = net.varsOf[k];
        int cv = childVars.length == 2 ? childVars[fromFather ? 0 : 1] : childVars[0];
        int dc = net.domain[cv];
        int[] childAllele = childAlleles(net, cv, fromFather);
        int s = net.domain.length;
        net.domain = Arrays.copyOf(net.domain, s + 1);
        net.domain[s] = 2;
        for (int side = 0; side < 2; side++) {
            // The table is written only if no founder's edge folds this half away (see materialize).
            Factor half = new Factor(new int[] {s, parVars[side], cv}, null);
            net.factors.add(half);
            net.splitHalves.put(half, new SplitHalf(side, t, childAllele));
        }
    }

    /**
     * Sums out each allele variable that only a transmission from a genotype variable g and one
     * half of the allele's own split meiosis hold (a typed grandparent's allele passing through an
     * untyped parent): the two become one factor over (g, s, grandchild variable) read from the
     * cached two-meiosis matrix, ½ · ½[T·T'(a, x) + T·T'(b, x)] at s = side and ½[R(a) + R(b)] at
     * the other s, R the row sums of T (a hemizygous g: T·T'(b, x) and R(b)).
     */
    private void foldTwoMeioses(Network net) {
        if (net.meioses.isEmpty()) {
            return;
        }
        int n = space.n;
        for (Map.Entry<Factor, double[]> e : net.meioses.entrySet()) {
            Factor first = e.getKey();
            int v = first.vars[1];
            Factor second = null;
            int holders = 0;
            boolean present = false;
            for (int i = 0; i < net.factors.size(); i++) {
                Factor f = net.factors.get(i);
                if (f == first) {
                    present = true;
                } else if (f.contains(v)) {
                    holders++;
                    second = f;
                }
            }
            SplitHalf half = second == null ? null : net.splitHalves.get(second);
            if (!present || holders != 1 || half == null || second.vars[1] != v || isTargetVariable(net, v)) {
                continue;
            }
            int g = first.vars[0];
            int dg = net.domain[g];
            int[] childAllele = half.childAllele();
            int dc = childAllele.length;
            double[] twice = space.twoMeioses(e.getValue(), half.columns());
            double[] rows = space.rowSums(e.getValue());
            double[] table = new double[dg * 2 * dc];
            for (int x = 0; x < dg; x++) {
                int a = net.pat[g][x];
                int b = net.mat[g][x];
                for (int y = 0; y < dc; y++) {
                    int col = childAllele[y] * n;
                    double through = a < 0 ? twice[col + b] : 0.5 * (twice[col + a] + twice[col + b]);
                    table[(x * 2 + half.side()) * dc + y] = 0.5 * through;
                    table[(x * 2 + 1 - half.side()) * dc + y] = a < 0 ? rows[b] : 0.5 * (rows[a] + rows[b]);
                }
            }
            net.factors.remove(first);
            net.factors.remove(second);
            net.factors.add(new Factor(new int[] {g, second.vars[0], second.vars[2]}, table));
        }
    }

    /** Gives the split-meiosis factors that were not folded into a founder's edge their tables. */
    private void materializeSplitHalves(Network net) {
        int n = space.n;
        for (int i = 0; i < net.factors.size(); i++) {
            Factor f = net.factors.get(i);
            if (f.table != null) {
                continue;
            }
            SplitHalf h = net.splitHalves.get(f);
            int[] childAllele = h.childAllele();
            int dc = childAllele.length;
            double[] t = h.columns();
            double[] table = new double[2 * n * dc];
            Arrays.fill(table, 1);
            int at = h.side() * n * dc;
            for (int a = 0; a < n; a++) {
                for (int e = 0; e < dc; e++) {
                    table[at + a * dc + e] = 0.5 * t[childAllele[e] * n + a];
                }
            }
            net.factors.set(i, new Factor(f.vars, table));
        }
    }

    /** The factor linking parent {@code par} to the allele child {@code k} receives from it. */
    private Factor transmission(Network net, int par, int k, boolean fromFather) {
        double[][] t = fromFather ? space.male : space.female;
        int n = space.n;
        int[] childVars = net.varsOf[k];
        int cv = childVars.length == 2 ? childVars[fromFather ? 0 : 1] : childVars[0];
        int dc = net.domain[cv];
        int[] childAllele = childAlleles(net, cv, fromFather);
        int[] parVars = net.varsOf[par];
        if (parVars.length == 2) {
            int pv = parVars[0];
            int mv = parVars[1];
            double[] table = new double[n * n * dc];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    int base = (a * n + b) * dc;
                    for (int e = 0; e < dc; e++) {
                        int x = childAllele[e];
                        table[base + e] = 0.5 * (t[a][x] + t[b][x]);
                    }
                }
            }
            return new Factor(new int[] {pv, mv, cv}, table);
        }
        int pv = parVars[0];
        int dp = net.domain[pv];
        double[] table = new double[dp * dc];
        for (int g = 0; g < dp; g++) {
            int a = net.pat[pv][g];
            int b = net.mat[pv][g];
            for (int e = 0; e < dc; e++) {
                int x = childAllele[e];
                table[g * dc + e] = a < 0 ? t[b][x] : 0.5 * (t[a][x] + t[b][x]);
            }
        }
        return new Factor(new int[] {pv, cv}, table);
    }
}
