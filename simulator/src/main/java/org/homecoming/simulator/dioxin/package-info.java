/**
 * A demonstration dioxin sampling campaign:
 * {@link org.homecoming.simulator.dioxin.DioxinCampaignSimulator} writes samples and laboratory results in the
 * formats of docs/dioxin.md.
 */
package org.homecoming.simulator.dioxin;
