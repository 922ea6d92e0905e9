package org.homecoming.server.landrelease.bombing;

/**
 * One cell of the bombing density grid: its position in the grid and the missions whose target lies in it.
 *
 * <pre>{@code
 * new DensityCell(3, 1, 2, 10, 1.9); // 2 missions, 10 weapons, 1.9 weighted
 * }</pre>
 *
 * @param weapons sum of {@code NUMWEAPONSDELIVERED}, a missing count adding 0
 * @param weightedWeapons sum of each mission's weapons times its class's weight ({@link WeaponWeights})
 */
public record DensityCell(long column, long row, long missions, long weapons, double weightedWeapons) {
}
