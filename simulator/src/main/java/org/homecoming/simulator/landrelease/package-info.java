/**
 * A synthetic land-release programme for the demonstration and the tests:
 * {@link org.homecoming.simulator.landrelease.LandReleaseSimulator} writes hazardous areas (GeoJSON) and the
 * activities, finds, accidents, risk education and QA/QC visits on them (CSV). Formats:
 * docs/land-release/demo-programme.md.
 */
package org.homecoming.simulator.landrelease;
