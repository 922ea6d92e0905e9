package org.homecoming.simulator;

/**
 * What a simulation produced, in numbers.
 *
 * <p>{@code summary.familiesInDatabase()} counts the missing persons whose family has rows in family_members.csv.
 */
public record SimulationSummary(long missingPersons, long familiesInDatabase, long familyMembers,
        long typedReferences, long remains, long remainsOfUnregistered, long remainsWithFamily, long sites,
        long alleleCalls, long lineageHaplotypes) {
}
