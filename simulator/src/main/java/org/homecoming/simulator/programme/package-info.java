/**
 * Where the simulator streams the records it makes: {@link org.homecoming.simulator.programme.ProgrammeSink}.
 * The records themselves are the programme module's rows, one type per CSV file of docs/formats.md
 * ({@link org.homecoming.programme.MissingPersonRow}, {@link org.homecoming.programme.FamilyMemberRow},
 * {@link org.homecoming.programme.SiteRow}, {@link org.homecoming.programme.RemainsRow}, ...).
 */
package org.homecoming.simulator.programme;
