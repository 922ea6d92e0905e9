package org.homecoming.kinship.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The non-DNA evidence of a programme, pair by pair: place, age, sex and named objects.
 *
 * <pre>{@code
 * ContextEvidence c = new ContextEvidence(missing, remains, ContextModel.defaults());
 * ContextFactors f = c.factors("R-1", "MP-7");   // ContextFactors.NONE when either record is absent
 * }</pre>
 *
 * <p>The densities of "someone else" are estimated from the programme's own missing persons, so the
 * evidence is built once for the whole programme. Not thread-safe (per-remains caches).
 */
public final class ContextEvidence {

    private final Map<String, MissingContext> missing = new LinkedHashMap<>();
    private final Map<String, RemainsContext> remains = new LinkedHashMap<>();
    private final DistanceLr distance;
    private final AgeLr age;
    private final SexLr sex;
    private final ArtifactLr artifact;

    public ContextEvidence(List<MissingContext> missing, List<RemainsContext> remains, ContextModel model) {
        missing.forEach(m -> this.missing.put(m.id(), m));
        remains.forEach(r -> this.remains.put(r.id(), r));
        this.distance = new DistanceLr(missing, model);
        this.age = new AgeLr(missing, model);
        this.sex = new SexLr(missing, model);
        this.artifact = new ArtifactLr(missing, model);
    }

    /** No context at all: every pair gets {@link ContextFactors#NONE}. */
    public static ContextEvidence none() {
        return new ContextEvidence(List.of(), List.of(), ContextModel.defaults());
    }

    public ContextFactors factors(String remainsId, String missingId) {
        RemainsContext r = remains.get(remainsId);
        MissingContext m = missing.get(missingId);
        if (r == null || m == null) {
            return ContextFactors.NONE;
        }
        return new ContextFactors(distance.lr(r, m), age.lr(r, m), sex.lr(r, m), artifact.lr(r, m));
    }

    /**
     * The pair's distance, precisions and background density for {@link DisplacementFit}; empty when
     * either record or place is absent.
     */
    public Optional<Displacement.Observation> displacement(String remainsId, String missingId) {
        RemainsContext r = remains.get(remainsId);
        MissingContext m = missing.get(missingId);
        return r == null || m == null ? Optional.empty() : distance.observation(r, m);
    }

    /** The missing persons of the registry, typed or not, in the order read. */
    public List<String> missingIds() {
        return List.copyOf(missing.keySet());
    }

    /** Number of missing persons in the registry (all of them, typed or not): the prior's denominator. */
    public int missingCount() {
        return missing.size();
    }
}
