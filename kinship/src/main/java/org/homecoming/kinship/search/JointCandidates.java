package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, in a search result, every two remains reported as candidates for two missing persons of one
 * family, and scores their joint placement both ways round with a {@link JointPlacement}.
 *
 * <pre>{@code
 * List<PlacementComparison> pairs = new JointCandidates(joint, 1e4).compare(families, remains, result);
 * }</pre>
 *
 * <p>Families are grouped by {@link SearchFamily#family()}; those with one missing person give
 * nothing. A candidate counts when it is reported ({@link SearchResult#reported()}) with an LR at or
 * above {@code minimumLr} (the identification threshold, where two remains would each be "identified"
 * with a brother); two remains R1, R2 and two missing persons M1, M2 of the family are compared when
 * R1–M1 and R2–M2, or R1–M2 and R2–M1, are both such candidates. Output is sorted by family, then
 * remains, then missing persons.
 */
public final class JointCandidates {

    private final JointPlacement joint;
    private final double log10Minimum;

    /** @param minimumLr the single LR (&gt; 0) at or above which a reported pair is a candidate */
    public JointCandidates(JointPlacement joint, double minimumLr) {
        this.joint = java.util.Objects.requireNonNull(joint, "joint");
        if (!(minimumLr > 0) || Double.isInfinite(minimumLr)) {
            throw new IllegalArgumentException("minimum LR must be finite and above 0: " + minimumLr);
        }
        this.log10Minimum = Math.log10(minimumLr);
    }

    public List<PlacementComparison> compare(List<SearchFamily> families, List<RemainsProfile> remains,
            SearchResult result) {
        Map<String, RemainsProfile> byId = new HashMap<>();
        remains.forEach(r -> byId.put(r.id(), r));
        Map<String, List<SearchFamily>> byFamily = new LinkedHashMap<>();
        families.forEach(f -> byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f));
        Map<String, Set<String>> remainsOf = new HashMap<>();
        for (Candidate c : result.reported()) {
            if (c.log10Lr() >= log10Minimum) {
                remainsOf.computeIfAbsent(c.missing(), k -> new HashSet<>()).add(c.remains());
            }
        }
        List<PlacementComparison> out = new ArrayList<>();
        for (List<SearchFamily> members : byFamily.values()) {
            if (members.size() > 1) {
                compareFamily(members, byId, remainsOf, out);
            }
        }
        out.sort(Comparator.comparing(PlacementComparison::family).thenComparing(PlacementComparison::remainsA)
                .thenComparing(PlacementComparison::remainsB).thenComparing(PlacementComparison::missingA)
                .thenComparing(PlacementComparison::missingB));
        return out;
    }

    private void compareFamily(List<SearchFamily> members, Map<String, RemainsProfile> byId,
            Map<String, Set<String>> remainsOf, List<PlacementComparison> out) {
        List<String> missing = members.stream().map(SearchFamily::missing).toList();
        TreeSet<String> found = new TreeSet<>();
        missing.forEach(m -> found.addAll(remainsOf.getOrDefault(m, Set.of())));
        List<String> rs = new ArrayList<>(found);
        for (int i = 0; i < rs.size(); i++) {
            for (int j = i + 1; j < rs.size(); j++) {
                for (int x = 0; x < missing.size(); x++) {
                    for (int y = x + 1; y < missing.size(); y++) {
                        String a = rs.get(i);
                        String b = rs.get(j);
                        String mx = missing.get(x);
                        String my = missing.get(y);
                        if (both(remainsOf, a, mx, b, my) || both(remainsOf, a, my, b, mx)) {
                            out.add(joint.compare(members.get(0), byId.get(a), mx, byId.get(b), my));
                        }
                    }
                }
            }
        }
    }

    private static boolean both(Map<String, Set<String>> remainsOf, String a, String ma, String b, String mb) {
        return remainsOf.getOrDefault(ma, Set.of()).contains(a) && remainsOf.getOrDefault(mb, Set.of()).contains(b);
    }
}
