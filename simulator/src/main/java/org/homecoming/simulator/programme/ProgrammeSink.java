package org.homecoming.simulator.programme;

/**
 * Receives the records of a programme as they are made, so a large programme never sits in memory.
 *
 * <p>{@code ProgrammeSink count = new ProgrammeSink() { public void missingPerson(MissingPerson p) { n++; } };}
 *
 * <p>Every method does nothing by default. Order: for each missing person, their record, then their family's
 * members, each typed member followed by its allele calls and lineage haplotypes; then for each remains, its site
 * when new, the remains, its allele calls, its lineage haplotypes and its truth row. A record never refers to one
 * not yet streamed, except a missing person's FATHER and MOTHER rows, which follow the missing person.
 */
public interface ProgrammeSink {

    default void missingPerson(MissingPerson person) {
    }

    default void familyMember(FamilyMember member) {
    }

    default void site(Site site) {
    }

    default void remains(Remains remains) {
    }

    default void alleleCall(AlleleCall call) {
    }

    default void lineage(LineageHaplotype haplotype) {
    }

    default void truth(Truth truth) {
    }
}
