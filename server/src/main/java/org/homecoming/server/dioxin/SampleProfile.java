package org.homecoming.server.dioxin;

import java.util.List;
import org.homecoming.dioxin.CongenerContribution;

/**
 * A sample with its TEQ ({@code null} before its results are in) and each congener's part of it, for the sample
 * page's congener-profile chart.
 *
 * <pre>{@code
 * profile.contributions().get(0).teq() / profile.teq().teq().teq(); // 2,3,7,8-TCDD's share
 * }</pre>
 */
public record SampleProfile(DioxinSample sample, SampleTeq teq, List<CongenerContribution> contributions) {

    public SampleProfile {
        contributions = List.copyOf(contributions);
    }
}
