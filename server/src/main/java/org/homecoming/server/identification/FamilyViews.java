package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.programme.search.FamilyRecords;
import org.homecoming.programme.search.SearchMapping;
import org.homecoming.server.registry.FamilyMember;

/**
 * One family seen from each of its missing persons: the family's rows are kept under its first
 * missing person (the head); another missing person stands in them as a row of their own
 * ({@code family_member.represents_person_id}). Seen from that person, their row becomes the
 * missing person of the pedigree (with the row's parents) and the head becomes an untyped
 * member (with the parents of the FATHER and MOTHER rows), so remains are weighed against each.
 *
 * <pre>{@code
 * FamilyViews v = new FamilyViews(head, rows, calls, y, mt, fingerprint);
 * FamilyData seenFromBrother = v.of(brother, brotherRowId);
 * }</pre>
 */
final class FamilyViews {

    /** A missing person of the family: id, ref and sex. */
    record Missing(long id, String ref, String sex) {
    }

    private final Missing head;
    private final List<FamilyMember> rows;
    private final Map<String, Map<String, Genotype>> calls;
    private final Map<String, String> yStr;
    private final Map<String, String> mtDna;
    private final String fingerprint;
    private final FamilyRecords family;

    FamilyViews(Missing head, List<FamilyMember> rows, Map<String, Map<String, Genotype>> calls, Map<String, String> yStr,
            Map<String, String> mtDna, String fingerprint) {
        this.head = head;
        this.rows = List.copyOf(rows);
        this.calls = calls;
        this.yStr = yStr;
        this.mtDna = mtDna;
        this.fingerprint = fingerprint;
        this.family = records(head, this.rows, calls);
    }

    /** The whole family for the shared mapping: the head, whose parents are the FATHER and MOTHER rows, and every row. */
    private static FamilyRecords records(Missing head, List<FamilyMember> rows, Map<String, Map<String, Genotype>> calls) {
        List<FamilyRecords.Member> members = rows.stream().map(m -> new FamilyRecords.Member(m.ref(), SearchModel.sex(m.sex()),
                m.relationship(), m.fatherRef(), m.motherRef())).toList();
        return new FamilyRecords(rows.get(0).familyRef(), head.ref(), SearchModel.sex(head.sex()), members, calls);
    }

    /** The family seen from its head: every row is a member, the FATHER and MOTHER rows the head's parents. */
    FamilyData ofHead() {
        String[] parents = headParents();
        return data(head, parents[0], parents[1], rows);
    }

    /** The family seen from {@code person}, who stands in it as row {@code rowId}. */
    FamilyData of(Missing person, long rowId) {
        FamilyMember own = rows.stream().filter(m -> m.id() == rowId).findFirst()
                .orElseThrow(() -> new IllegalStateException("row " + rowId + " is not in the family of " + head.ref()));
        String[] parents = headParents();
        List<FamilyMember> members = new ArrayList<>();
        members.add(new FamilyMember(0, head.ref(), own.familyRef(), head.id(), null, head.sex(), null, "OTHER",
                parents[0], parents[1], false, null, false, false, null, null, 0));
        rows.stream().filter(m -> m.id() != rowId).forEach(members::add);
        boolean both = own.fatherRef() != null && own.motherRef() != null;
        return data(person, both ? own.fatherRef() : null, both ? own.motherRef() : null, members);
    }

    /** The head's parents by the shared father/mother rule (the FATHER and MOTHER rows, when both are given). */
    private String[] headParents() {
        List<String> parents = SearchMapping.headParents(family);
        return parents.isEmpty() ? new String[2] : parents.toArray(new String[2]);
    }

    private FamilyData data(Missing person, String father, String mother, List<FamilyMember> members) {
        // The head's parents follow from the rows; another missing person's are written out. The head's
        // fingerprint is kept as it was before families held several missing persons, so stored pairs stay current.
        StringBuilder pedigree = new StringBuilder(person.ref()).append(person.sex()).append('|');
        if (person.id() != head.id()) {
            pedigree.append(father).append(',').append(mother).append('|');
        }
        for (FamilyMember m : members) {
            pedigree.append(m.ref()).append(',').append(m.sex()).append(',').append(m.fatherRef()).append(',')
                    .append(m.motherRef()).append(',').append(m.relationship()).append(';');
        }
        String hash = FrequencyRepository.sha256(pedigree + "|" + fingerprint + "|Y=" + yStr + "|MT=" + mtDna);
        return new FamilyData(person.id(), head.id(), person.ref(), rows.get(0).familyRef(), person.sex(), family,
                List.copyOf(members), calls, yStr, mtDna, hash);
    }
}
