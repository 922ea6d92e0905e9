/**
 * The national and provincial land-release figures (docs/land-release/dashboards.md): area released by
 * method, ordnance destroyed by category, casualties, risk-education beneficiaries and remaining
 * contamination, each traceable to the rows it adds up.
 *
 * <pre>{@code
 * GET /api/v1/land-release/summary?province=Quảng Trị&year=2024
 *   -> {"cancelledM2":11000.00,"reducedM2":4600.00,"clearedM2":800.00,
 *       "ordnanceDestroyed":{"UXO_BOMB":6},"casualties":{"killed":2,"injured":2}}
 * GET /api/v1/land-release/summary/sources?figure=cleared&year=2024  -> the activities behind clearedM2
 * GET /land-release, /land-release/export.csv?table=released, /land-release/export.xlsx?table=released
 * }</pre>
 */
package org.homecoming.server.landrelease.summary;
