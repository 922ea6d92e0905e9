package org.homecoming.server.imports;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.Site;

/**
 * The rows of a programme directory once read and checked, with references still as file ids:
 * ready to be written in one transaction.
 *
 * <pre>{@code
 * ProgrammeData d = reading.data();
 * d.persons().size();
 * }</pre>
 */
final class ProgrammeData {

    /** A person and the aliases of its row. */
    record PersonRow(MissingPerson person, List<String> aliases) {
    }

    /**
     * A family member and the file id of its family's missing person; {@code missing} when the row
     * stands for another missing person of the family (its ref is that person's file id).
     */
    record MemberRow(FamilyMember member, String personRef, boolean missing) {
    }

    /** Remains and the file id of their site. */
    record RemainsRow(Remains remains, String siteRef) {
    }

    /** One autosomal call of a sample. */
    record CallRow(String sampleRef, String subjectType, String subjectRef, String kit, String locus, String allele1,
            String allele2, String quality) {
    }

    /** One lineage haplotype of a sample. */
    record LineageRow(String sampleRef, String subjectType, String subjectRef, String markerType, String value) {
    }

    final List<PersonRow> persons = new ArrayList<>();
    final List<MemberRow> members = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<RemainsRow> remains = new ArrayList<>();
    final List<CallRow> calls = new ArrayList<>();
    final List<LineageRow> lineage = new ArrayList<>();
    /** The haplotypes of an optional {@code lineage_reference.csv} (a population set, not case data). */
    final List<LineageReferenceReader.Haplotype> lineageReference = new ArrayList<>();
}
