package org.homecoming.simulator;

import java.util.TreeSet;

/**
 * A person whose remains are in the programme, kept in compact form until the remains are written.
 * {@code missingPersonId} is empty for an unregistered person, {@code familyId} when no family is in the database.
 */
record Victim(Casualty casualty, String missingPersonId, String familyId, int typedReferences, int[] genotype,
        int[] y, TreeSet<String> mt) {
}
