/**
 * The records of a programme, one type per CSV file of docs/formats.md: {@link
 * org.homecoming.simulator.programme.MissingPerson}, {@link org.homecoming.simulator.programme.FamilyMember},
 * {@link org.homecoming.simulator.programme.Site}, {@link org.homecoming.simulator.programme.Remains}, {@link
 * org.homecoming.simulator.programme.AlleleCall}, {@link org.homecoming.simulator.programme.LineageHaplotype},
 * {@link org.homecoming.simulator.programme.Truth}, with {@link org.homecoming.simulator.programme.PartialDate}
 * and {@link org.homecoming.simulator.programme.GeoPoint}.
 */
package org.homecoming.simulator.programme;
