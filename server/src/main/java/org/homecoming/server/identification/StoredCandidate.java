package org.homecoming.server.identification;

/**
 * A pair a search reported: remains against a missing person, with the autosomal log10 LR and
 * counts the search gave, the dropout the remains were scored with, and the fingerprint of the data
 * compared. {@code current} is false once a later search covered the pair again.
 */
public record StoredCandidate(long id, long jobId, long remainsId, long personId, String familyRef, double log10Lr,
        int loci, int excluded, double dropout, String dataHash, boolean current) {
}
