package org.homecoming.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.lr.HypothesisLikelihood;
import org.homecoming.kinship.lr.LikelihoodRatio;
import org.homecoming.kinship.lr.LrResult;

/**
 * The JSON form of an LR result, the contract scripts rely on:
 * {@code {"hypotheses":[{"name":N,"logLikelihood":x,"markers":{LOCUS:x}}],"ref":N,
 * "lr":{N:{"total":x,"log10":y,"markers":{LOCUS:x}}}}}.
 *
 * <p>{@code LrJson.of(result)}
 *
 * <p>Log-likelihoods are natural logs; a zero likelihood is {@code null} with {@code "excluded":true};
 * every non-finite number is {@code null}.
 */
final class LrJson {

    private LrJson() {
    }

    static String of(LrResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> hypotheses = r.hypotheses().stream().map(LrJson::hypothesis).toList();
        root.put("hypotheses", hypotheses);
        root.put("ref", r.reference());
        Map<String, Object> lr = new LinkedHashMap<>();
        r.lr().forEach((name, ratio) -> lr.put(name, ratio(ratio)));
        root.put("lr", lr);
        return JsonWriter.write(root);
    }

    private static Object hypothesis(HypothesisLikelihood h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", h.name());
        m.put("logLikelihood", h.logLikelihood());
        if (h.logLikelihood() == Double.NEGATIVE_INFINITY) {
            m.put("excluded", true);
        }
        m.put("markers", new LinkedHashMap<>(h.markers()));
        return m;
    }

    private static Object ratio(LikelihoodRatio ratio) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", ratio.total());
        m.put("log10", ratio.log10());
        m.put("markers", new LinkedHashMap<>(ratio.markers()));
        return m;
    }
}
