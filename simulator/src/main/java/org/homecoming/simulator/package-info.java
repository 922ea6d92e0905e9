/**
 * The programme simulator: {@link org.homecoming.simulator.ProgrammeSimulator} turns a {@link
 * org.homecoming.simulator.SimulationSpec} into the files of docs/formats.md, or streams the records to a {@link
 * org.homecoming.simulator.programme.ProgrammeSink}, and returns a {@link org.homecoming.simulator.SimulationSummary}.
 */
package org.homecoming.simulator;
