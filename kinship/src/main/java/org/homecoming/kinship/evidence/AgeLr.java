package org.homecoming.kinship.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The likelihood ratio of an anthropological age-at-death range given a missing person's age at
 * loss.
 *
 * <pre>{@code
 * AgeLr a = new AgeLr(allMissing, ContextModel.defaults());
 * a.lr(remains, missing);   // 1 when either age is unknown
 * }</pre>
 *
 * <p>The range is scored by w(g) = (1 − e)·exp(−g² / 2τ²) + e, g the years between the range and
 * the person's possible ages (0 when they overlap), τ the slack and e the chance the estimate is
 * plainly wrong; LR = w(g of this person) / mean w(g) over the programme's missing persons of known
 * age, who stand for "someone else". Not thread-safe (the mean is cached per remains).
 */
public final class AgeLr {

    private final ContextModel model;
    private final List<AgeRange> ages;
    private final Map<String, Double> meanWeight = new HashMap<>();

    public AgeLr(List<MissingContext> missing, ContextModel model) {
        this.model = model;
        this.ages = missing.stream().flatMap(m -> m.ageAtLoss().stream()).toList();
    }

    public double lr(RemainsContext remains, MissingContext missing) {
        if (remains.ageAtDeath().isEmpty() || missing.ageAtLoss().isEmpty() || ages.isEmpty()) {
            return 1;
        }
        AgeRange estimate = remains.ageAtDeath().get();
        double mean = meanWeight.computeIfAbsent(remains.id(),
                k -> ages.stream().mapToDouble(a -> weight(estimate.gapTo(a))).average().orElseThrow());
        return model.capped(weight(estimate.gapTo(missing.ageAtLoss().get())) / mean);
    }

    private double weight(double gap) {
        double t = gap / model.ageSlackYears();
        return (1 - model.ageMisestimate()) * Math.exp(-t * t / 2) + model.ageMisestimate();
    }
}
