package org.homecoming.server.identification;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.programme.search.FamilyRecords;
import org.homecoming.server.registry.FamilyMember;

/**
 * A missing person's family as a search sees it: the family's first missing person, under whom its
 * rows are kept ({@code headId}: {@code personId} itself unless the person stands in another's
 * family), the whole family as the shared mapping takes it ({@code family}: the head and every row,
 * from which {@link SearchModel} builds the pedigree), the pedigree members seen from the person, the calls and haplotypes of members who
 * consented to DNA use (by member ref), and a fingerprint ({@code hash}) of the pedigree and of all
 * those data.
 *
 * <p>A family with several missing persons gives one {@code FamilyData} per missing person
 * ({@link FamilyViews}); the other missing persons are untyped members of its pedigree.
 */
record FamilyData(long personId, long headId, String personRef, String familyRef, String sex, FamilyRecords family,
        List<FamilyMember> members, Map<String, Map<String, Genotype>> calls, Map<String, String> yStr,
        Map<String, String> mtDna, String hash) {

    boolean typed() {
        return !calls.isEmpty();
    }
}
