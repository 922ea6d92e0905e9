/**
 * Simulated genetics: {@link org.homecoming.simulator.genetics.Kit} (loci in standard order, amplicon sizes),
 * {@link org.homecoming.simulator.genetics.Genome} (gene dropping with stepwise mutation), {@link
 * org.homecoming.simulator.genetics.RemainsTyping} (dropout in degraded samples), {@link
 * org.homecoming.simulator.genetics.YHaplotypes} and {@link org.homecoming.simulator.genetics.MtHaplotypes}.
 */
package org.homecoming.simulator.genetics;
