/**
 * The dashboard: totals, missing persons by present-day province and status, recoveries and
 * identifications over time (Chart.js).
 *
 * <pre>{@code
 * GET /  ->  dashboard/dashboard.html
 * }</pre>
 */
package org.homecoming.server.dashboard;
