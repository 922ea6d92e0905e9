/**
 * Simulated genetics: {@link org.homecoming.simulator.genetics.Kit} (loci in standard order, amplicon sizes),
 * {@link org.homecoming.simulator.genetics.Genome} (gene dropping with stepwise mutation), {@link
 * org.homecoming.simulator.genetics.RemainsTyping} (dropout in degraded samples), {@link
 * org.homecoming.simulator.genetics.YHaplotypes} (PowerPlex Y23, per-locus mutation rates), {@link
 * org.homecoming.simulator.genetics.MtHaplotypes} (control region, heteroplasmy) and {@link
 * org.homecoming.simulator.genetics.LineagePopulation} (the reference set of unrelated men).
 */
package org.homecoming.simulator.genetics;
