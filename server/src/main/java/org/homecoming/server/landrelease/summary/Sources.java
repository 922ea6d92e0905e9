package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rows behind one figure and the total they add up to, so a dashboard number links to its inputs.
 *
 * <pre>{@code
 * {"figure":"CLEARED","total":800.00,"rows":[{"table":"lr_activity","id":5,"ref":"ACT-5",...,"amount":800.00}]}
 * }</pre>
 */
public record Sources(Figure figure, BigDecimal total, List<Contribution> rows) {
}
