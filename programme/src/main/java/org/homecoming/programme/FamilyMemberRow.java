package org.homecoming.programme;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of {@code family_members.csv}: a relative of a missing person, typed or linking typed relatives.
 *
 * <p>{@code member.fatherId()} is the id of another row of the family, of the missing person, or empty for a founder.
 */
public record FamilyMemberRow(String id, String familyId, String missingPersonId, String fullName, String sex,
        OptionalInt birthYear, Relationship relationship, String fatherId, String motherId, boolean living,
        boolean consentDna, boolean consentShare, Optional<LocalDate> consentDate, String contact) {

    public FamilyMemberRow {
        if (fatherId.isEmpty() != motherId.isEmpty()) {
            throw new IllegalArgumentException("family member " + id + ": both parents or neither, father '"
                    + fatherId + "', mother '" + motherId + "'");
        }
    }

    public boolean isFounder() {
        return fatherId.isEmpty();
    }
}
