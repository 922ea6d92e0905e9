package org.homecoming.kinship.evidence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The likelihood ratio of objects found with remains that bear a missing person's name (a canteen,
 * a letter, a dog tag).
 *
 * <pre>{@code
 * new ArtifactLr(allMissing, ContextModel.defaults()).lr(remains, missing);   // 20 for a unique name, else 1
 * }</pre>
 *
 * <p>A name matches when its words, without diacritics, case or punctuation, appear in that order
 * in an object's description; the full name and every alias of at least two words are tried. The
 * LR is moderate (default 20) because a comrade's belongings can be buried with someone else; when
 * the objects name k missing persons of the programme (namesakes, or several names), each gets
 * max(1, LR / k). An object naming nobody of the programme, or no object, is no evidence (LR 1).
 * Not thread-safe (results are cached per remains).
 */
public final class ArtifactLr {

    private static final int LONGEST_NAME_WORDS = 8;

    private final ContextModel model;
    private final Map<String, Set<String>> missingByName = new HashMap<>();
    private final Map<String, Set<String>> namedByRemains = new HashMap<>();

    public ArtifactLr(List<MissingContext> missing, ContextModel model) {
        this.model = model;
        for (MissingContext m : missing) {
            for (String name : m.names()) {
                String n = Names.normalise(name);
                if (n.indexOf(' ') > 0) {
                    missingByName.computeIfAbsent(n, k -> new HashSet<>()).add(m.id());
                }
            }
        }
    }

    public double lr(RemainsContext remains, MissingContext missing) {
        Set<String> named = namedByRemains.computeIfAbsent(remains.id(), k -> named(remains.artifacts()));
        return named.contains(missing.id()) ? Math.max(1, model.artifactLr() / named.size()) : 1;
    }

    /** The missing persons whose names appear in the objects' descriptions. */
    private Set<String> named(List<String> artifacts) {
        Set<String> out = new HashSet<>();
        for (String a : artifacts) {
            String[] words = Names.normalise(a).split(" ");
            for (int i = 0; i < words.length; i++) {
                for (int n = 2; n <= LONGEST_NAME_WORDS && i + n <= words.length; n++) {
                    out.addAll(missingByName.getOrDefault(String.join(" ", Arrays.copyOfRange(words, i, i + n)), Set.of()));
                }
            }
        }
        return out;
    }
}
