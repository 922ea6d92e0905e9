package org.homecoming.kinship.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.search.Remains;
import org.homecoming.kinship.search.SearchIndex;

/**
 * For each remains, the summed LRs of the registry's missing persons it is not paired with in the
 * candidate graph ({@link Unlisted}): every person of the registry scored once, on the autosomal DNA
 * (from the search index) and the context.
 *
 * <pre>{@code
 * Map<String, Unlisted> u = UnlistedPairs.sum(index, remains, context, listed);
 * CombinedPair.score(pairs, EvidenceSet.ALL, prior, settings, u);
 * }</pre>
 *
 * <p>A person in the registry without a typed relative (absent from the index) counts with
 * autosomal LR 1. Without these sums, the posterior treats every person outside the graph as
 * impossible for the remains, and a remains with a moderate LR to one person looks more certain
 * than it is: thousands of unrelated persons, each with a small LR, weigh together about as much as
 * the registry is large times the prior pair odds.
 */
public final class UnlistedPairs {

    private UnlistedPairs() {
    }

    /**
     * @param listed per remains, the missing persons it is paired with in the graph (left out of its sum)
     */
    public static Map<String, Unlisted> sum(SearchIndex index, List<Remains> remains, ContextEvidence context,
            Map<String, Set<String>> listed) {
        Map<String, Integer> entry = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            entry.put(index.missing(i), i);
        }
        List<String> registry = context.missingIds().isEmpty() ? List.copyOf(entry.keySet()) : context.missingIds();
        Map<String, Unlisted> out = new HashMap<>();
        for (Remains v : remains) {
            double[] lr = index.lrs(v);
            Set<String> skip = listed.getOrDefault(v.id(), Set.of());
            double autosomal = 0;
            double withContext = 0;
            for (String m : registry) {
                if (skip.contains(m)) {
                    continue;
                }
                Integer i = entry.get(m);
                double a = i == null ? 1 : lr[i];
                autosomal += a;
                withContext += a > 0 ? a * context.factors(v.id(), m).lr() : 0;
            }
            out.put(v.id(), new Unlisted(Math.log(autosomal), Math.log(withContext)));
        }
        return out;
    }
}
