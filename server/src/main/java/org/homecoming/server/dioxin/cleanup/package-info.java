/**
 * Cleanup progress at a dioxin site (docs/dioxin.md, "Cleanup progress"): the plan per phase, stockpiles,
 * excavation, treatment batches, verification samples read against the cleanup target, and releases of treated
 * soil; the progress against the plan as figures, a chart and a PDF report in Vietnamese or English.
 *
 * <p>Main types: {@link org.homecoming.server.dioxin.cleanup.CleanupService},
 * {@link org.homecoming.server.dioxin.cleanup.Progress}.
 */
package org.homecoming.server.dioxin.cleanup;
