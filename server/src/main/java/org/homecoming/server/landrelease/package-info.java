/**
 * Mine action and land release (docs/land-release.md): hazardous areas ({@code area}), survey and
 * clearance activities with what they release and the ordnance they find ({@code activity}), accidents
 * and victims, risk education and quality management ({@code safety}), recovery missions on cleared
 * ground ({@code mission}), the national and provincial figures ({@code summary}) and the historical
 * bombing layer ({@code bombing}).
 *
 * <p>Every land-release row records the side that made it and whether it is shared: a repository reads
 * the other side's rows only when they are shared ({@code side = ? OR shared}).
 */
package org.homecoming.server.landrelease;
