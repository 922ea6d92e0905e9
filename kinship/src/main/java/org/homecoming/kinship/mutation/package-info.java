/**
 * Mutation models of STR markers, after pedmut and Familias.
 *
 * <ul>
 *   <li>{@link org.homecoming.kinship.mutation.MutationMatrix} — an immutable row-stochastic matrix
 *       with stationarity and lumpability checks.
 *   <li>{@link org.homecoming.kinship.mutation.MutationModel} — female and male matrices with their
 *       parameters; factories {@code none}, {@code equal}, {@code proportional}, {@code stepwise},
 *       {@code custom}, {@code of}.
 *   <li>{@link org.homecoming.kinship.mutation.MutationSpec} — the named parameters (kind, rate,
 *       rate2, range).
 * </ul>
 */
package org.homecoming.kinship.mutation;
