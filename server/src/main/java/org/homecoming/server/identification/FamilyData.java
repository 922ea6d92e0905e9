package org.homecoming.server.identification;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.server.registry.FamilyMember;

/**
 * A missing person's family as a search sees it: the pedigree members, the calls and haplotypes of
 * members who consented to DNA use (by member ref), and a fingerprint ({@code hash}) of the pedigree
 * and of all those data.
 */
record FamilyData(long personId, String personRef, String familyRef, String sex, List<FamilyMember> members,
        Map<String, Map<String, Genotype>> calls, Map<String, String> yStr, Map<String, String> mtDna, String hash) {

    boolean typed() {
        return !calls.isEmpty();
    }
}
