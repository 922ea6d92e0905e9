package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchIndex;

/**
 * One pass over the whole registry per remains: the summed LRs of the missing persons it is not
 * paired with in the candidate graph ({@link Unlisted}), and the strongest of them on the autosomal
 * DNA and the context together, worth adding to the graph.
 *
 * <pre>{@code
 * UnlistedPairs.Scan s = UnlistedPairs.scan(index, remains, context, listed, 30);
 * s.strongest().get("R-1");   // up to 30 unlisted persons, strongest first
 * CombinedPair.score(pairs, EvidenceSet.ALL, prior, settings, s.unlisted());
 * }</pre>
 *
 * <p>Every person of the registry is scored once, on the autosomal DNA (from the search index) and
 * the context; a person without a typed relative (absent from the index) counts with autosomal LR 1.
 * Without these sums, the posterior treats every person outside the graph as impossible for the
 * remains, and a remains with a moderate LR to one person looks more certain than it is: thousands
 * of unrelated persons, each with a small LR, weigh together about the registry's size times the
 * prior pair odds.
 */
public final class UnlistedPairs {

    private UnlistedPairs() {
    }

    /**
     * Per remains, the unlisted persons' summed LRs and the {@code strongest} of those with a typed
     * relative by autosomal × context LR (ties by id).
     *
     * @param listed per remains, the missing persons it is paired with in the graph (left out)
     */
    public record Scan(Map<String, Unlisted> unlisted, Map<String, List<String>> strongest) {
    }

    /** @param listed per remains, the missing persons it is paired with in the graph (left out of its sum) */
    public static Scan scan(SearchIndex index, List<RemainsProfile> remains, ContextEvidence context,
            Map<String, Set<String>> listed, int strongest) {
        if (strongest < 0) {
            throw new IllegalArgumentException("strongest must be >= 0: " + strongest);
        }
        Map<String, Integer> entry = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            entry.put(index.missing(i), i);
        }
        List<String> registry = context.missingIds().isEmpty() ? List.copyOf(entry.keySet()) : context.missingIds();
        Map<String, Unlisted> sums = new HashMap<>();
        Map<String, List<String>> best = new HashMap<>();
        Comparator<Map.Entry<String, Double>> weakestFirst = Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
        for (RemainsProfile v : remains) {
            double[] lr = index.lrs(v);
            Set<String> skip = listed.getOrDefault(v.id(), Set.of());
            double autosomal = 0;
            double withContext = 0;
            PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(weakestFirst);
            for (String m : registry) {
                if (skip.contains(m)) {
                    continue;
                }
                Integer i = entry.get(m);
                double a = i == null ? 1 : lr[i];
                double ac = a > 0 ? a * context.factors(v.id(), m).lr() : 0;
                autosomal += a;
                withContext += ac;
                if (i != null && ac > 0 && strongest > 0) {
                    top.add(Map.entry(m, ac));
                    if (top.size() > strongest) {
                        top.poll();
                    }
                }
            }
            sums.put(v.id(), new Unlisted(Math.log(autosomal), Math.log(withContext)));
            List<String> ids = new ArrayList<>();
            while (!top.isEmpty()) {
                ids.add(0, top.poll().getKey());
            }
            best.put(v.id(), List.copyOf(ids));
        }
        return new Scan(Map.copyOf(sums), Map.copyOf(best));
    }
}
