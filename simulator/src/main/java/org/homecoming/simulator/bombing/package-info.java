/**
 * Synthetic US bombing records in the THOR CSV format: {@link org.homecoming.simulator.bombing.ThorFileSimulator}
 * writes the file, {@link org.homecoming.simulator.bombing.ThorFileSummary} says what it holds.
 */
package org.homecoming.simulator.bombing;
