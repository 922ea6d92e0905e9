package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * The alleles of one locus during a simulation, as small integers: the table's alleles first, then any allele
 * that mutation creates.
 *
 * <p>{@code int a = space.draw(rng); String label = space.label(space.step(a, +1));}
 *
 * <p>Not thread-safe: a simulation runs on one thread so that the allele order, and the output, are reproducible.
 */
public final class AlleleSampler {

    private final String locus;
    private final double[] cumulative;
    private final List<String> labels;
    private final Map<String, Integer> index = new HashMap<>();

    public AlleleSampler(LocusFrequencies frequencies) {
        LocusFrequencies f = frequencies.normalised();
        this.locus = f.locus();
        this.labels = new ArrayList<>(f.alleles());
        double[] p = f.frequencies();
        cumulative = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            cumulative[i] = s;
            index.put(labels.get(i), i);
        }
    }

    public String locus() {
        return locus;
    }

    /** An allele drawn from the population frequencies. */
    public int draw(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public String label(int allele) {
        return labels.get(allele);
    }

    /**
     * The allele one repeat longer ({@code direction} +1) or shorter (-1): {@code 9.3} becomes {@code 10.3} or
     * {@code 8.3}. A step below one repeat goes up instead; a label that is not a number does not mutate.
     */
    public int step(int allele, int direction) {
        String label = labels.get(allele);
        int dot = label.indexOf('.');
        String whole = dot < 0 ? label : label.substring(0, dot);
        String fraction = dot < 0 ? "" : label.substring(dot);
        int repeats;
        try {
            repeats = Integer.parseInt(whole);
        } catch (NumberFormatException e) {
            return allele;
        }
        int next = repeats + direction < 1 ? repeats + 1 : repeats + direction;
        return indexOf(next + fraction);
    }

    private int indexOf(String label) {
        Integer i = index.get(label);
        if (i != null) {
            return i;
        }
        labels.add(label);
        index.put(label, labels.size() - 1);
        return labels.size() - 1;
    }
}
