/**
 * IATI 2.03 activity files (docs/cooperation.md, "IATI"): writing the programme's activities and results, checking a
 * file against the published schema bundled in {@code iati/2.03}, reading the other side's file back into
 * {@code IatiActivity} records, and reconciling it with what is stored so that nothing is duplicated silently.
 */
package org.homecoming.server.cooperation.iati;
