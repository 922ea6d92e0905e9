package org.homecoming.kinship.evidence;

import java.util.List;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The likelihood ratio of an anthropological sex estimate given a missing person's registered sex.
 *
 * <pre>{@code
 * new SexLr(allMissing, ContextModel.defaults()).lr(remains, missing);   // 1 for an undetermined estimate
 * }</pre>
 *
 * <p>The estimate is right with probability a; "someone else" is a man with the share q of men among
 * the programme's missing persons. An estimate M for a man gives a / (q·a + (1 − q)(1 − a)), for a
 * woman (1 − a) / (q·a + (1 − q)(1 − a)); F likewise.
 */
public final class SexLr {

    private final ContextModel model;
    private final double maleShare;

    public SexLr(List<MissingContext> missing, ContextModel model) {
        this.model = model;
        long known = missing.stream().filter(m -> m.sex() != Sex.UNKNOWN).count();
        long men = missing.stream().filter(m -> m.sex() == Sex.MALE).count();
        this.maleShare = known == 0 ? 0.5 : (double) men / known;
    }

    public double lr(RemainsContext remains, MissingContext missing) {
        Sex estimate = remains.sexEstimate();
        if (estimate == Sex.UNKNOWN || missing.sex() == Sex.UNKNOWN) {
            return 1;
        }
        double a = model.sexAccuracy();
        double pMale = estimate == Sex.MALE ? a : 1 - a;
        double pFemale = 1 - pMale;
        double given = missing.sex() == Sex.MALE ? pMale : pFemale;
        return model.capped(given / (maleShare * pMale + (1 - maleShare) * pFemale));
    }
}
