package org.homecoming.server.registry;

import java.time.LocalDate;

/**
 * A relative of a missing person: relationship to them, pedigree links (by reference, to another
 * member or to the missing person), living or not, contact and consent.
 *
 * <pre>{@code
 * new FamilyMember(0, "FM-1", "F-1", 42, "Nguyễn Thị Hoa", "F", 1950, "SISTER", "FM-0", "FM-00", true,
 *         "0912 345 678", true, false, LocalDate.of(2024, 5, 2), null, 0);
 * }</pre>
 *
 * <p>Consent to DNA use and to sharing with the other side are separate; {@code consentWithdrawn}
 * is the date consent was withdrawn, or null.
 */
public record FamilyMember(long id, String ref, String familyRef, long personId, String fullName, String sex,
        Integer birthYear, String relationship, String fatherRef, String motherRef, boolean living, String contact,
        boolean consentDna, boolean consentShare, LocalDate consentDate, LocalDate consentWithdrawn, int version) {

    /** Whether DNA of this member may be used now. */
    public boolean mayUseDna() {
        return consentDna && consentWithdrawn == null;
    }

    /**
     * The older flag of consent to share: what crosses to the other side is decided by the member's
     * consent history instead ({@link ConsentRepository}, {@link FamilyDisclosure}).
     */
    public boolean mayShare() {
        return consentShare && consentWithdrawn == null;
    }
}
