/**
 * Historical US bombing records (THOR) as a land-release layer: {@link org.homecoming.server.landrelease.bombing.ThorImporter}
 * streams the published CSV into {@code bombing_mission} (rejections by {@link org.homecoming.server.landrelease.bombing.RejectionReason}),
 * {@link org.homecoming.server.landrelease.bombing.BombingDensity} aggregates it on a
 * {@link org.homecoming.server.landrelease.bombing.DensityGrid} weighted by {@link org.homecoming.server.landrelease.bombing.WeaponWeights},
 * {@code BombingApiController} and {@code BombingMapController} serve it, and
 * {@link org.homecoming.server.landrelease.bombing.ThorCommandMode} runs the import for {@code ./homecoming thor import}.
 * Docs: docs/bombing-records.md.
 */
package org.homecoming.server.landrelease.bombing;
