package org.homecoming.programme;

/**
 * One row of {@code truth.csv}: who a set of simulated remains really is (written by the simulator, read by {@code match}).
 *
 * <p>{@code missingPersonId} is empty for an unregistered person, {@code familyId} when no family is in the database.
 */
public record Truth(String remainsId, String missingPersonId, String familyId, int typedReferences) {
}
