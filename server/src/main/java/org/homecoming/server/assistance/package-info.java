/**
 * Disability assistance (docs/assistance.md): people assisted in the provinces most affected by ordnance and by
 * Agent Orange, their functioning by the Washington Group Short Set, their certified disability under Law 51/2010,
 * its causes (linked to the land-release pillar's accident victims and to the missing-persons registry), and the
 * referrals and services of mine action's victim-assistance standard (IMAS 13.10) with their follow-up.
 * <p>Health data: only social workers see identifying data (the other side's only while the person's consent to
 * share stands), every view and export is audited, and statistics count only people whose consent to be counted
 * stands, with cells under five suppressed.
 */
package org.homecoming.server.assistance;
