package org.homecoming.programme.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.pedigree.Sex;

/**
 * One family as its records give it, before it becomes a pedigree: the family's first missing person
 * (the head, whose parents are the {@code FATHER} and {@code MOTHER} rows), every row of {@code
 * family_members.csv} or of the registry's family, and the calls of the rows that may be used.
 *
 * <pre>{@code
 * FamilyRecords f = new FamilyRecords("F-1", "MP-1", Sex.MALE, List.of(
 *         new FamilyRecords.Member("FM-1", Sex.MALE, "FATHER", null, null),
 *         new FamilyRecords.Member("FM-2", Sex.FEMALE, "MOTHER", null, null)), calls);
 * }</pre>
 *
 * @param calls member id → locus → genotype (first sample per locus); members absent are untyped
 */
public record FamilyRecords(String familyId, String head, Sex headSex, List<Member> members,
        Map<String, Map<String, Genotype>> calls) {

    /**
     * One row: a relative, or another missing person of the family placed as a row.
     *
     * @param fatherId the father's id, null when not given (a parent is used only when both are given)
     * @param motherId the mother's id, null when not given
     */
    public record Member(String id, Sex sex, String relationship, String fatherId, String motherId) {

        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(relationship, "relationship");
        }
    }

    public FamilyRecords {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(headSex, "headSex");
        members = List.copyOf(members);
        calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }
}
