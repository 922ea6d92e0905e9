/**
 * People and places of a simulated programme: {@link org.homecoming.simulator.people.VietnameseNameGenerator}, {@link
 * org.homecoming.simulator.people.AmericanNames}, {@link org.homecoming.simulator.people.Name}, {@link
 * org.homecoming.simulator.people.Gazetteer} (pre-2025 units and points inside provinces) and {@link
 * org.homecoming.simulator.people.Weighted} (discrete distributions).
 */
package org.homecoming.simulator.people;
