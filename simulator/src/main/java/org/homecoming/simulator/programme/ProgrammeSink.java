package org.homecoming.simulator.programme;

import org.homecoming.programme.AlleleCall;
import org.homecoming.programme.FamilyMemberRow;
import org.homecoming.programme.LineageHaplotype;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.programme.RemainsRow;
import org.homecoming.programme.SiteRow;
import org.homecoming.programme.Truth;

/**
 * Receives the records of a programme as they are made, so a large programme never sits in memory.
 *
 * <p>{@code ProgrammeSink count = new ProgrammeSink() { public void missingPerson(MissingPersonRow p) { n++; } };}
 *
 * <p>Every method does nothing by default. Order: for each missing person, their record, then their family's
 * members, each typed member followed by its allele calls and lineage haplotypes; then for each remains, its site
 * when new, the remains, its allele calls, its lineage haplotypes and its truth row. A record never refers to one
 * not yet streamed, except a missing person's FATHER and MOTHER rows, which follow the missing person.
 */
public interface ProgrammeSink {

    default void missingPerson(MissingPersonRow person) {
    }

    default void familyMember(FamilyMemberRow member) {
    }

    default void site(SiteRow site) {
    }

    default void remains(RemainsRow remains) {
    }

    default void alleleCall(AlleleCall call) {
    }

    default void lineage(LineageHaplotype haplotype) {
    }

    default void truth(Truth truth) {
    }
}
