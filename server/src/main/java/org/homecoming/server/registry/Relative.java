package org.homecoming.server.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * A family member as one viewer may see them. On the member's own side every field is filled; on
 * the other side (the person shared) a member without consent to share their record is an
 * anonymous placeholder ({@code withheld}: only ref, relationship, sex and parent links, so a
 * pedigree still draws), {@code contact} is filled only with consent to share contact details,
 * and {@code geneticVisible} says whether the viewer may see the member's DNA.
 *
 * <pre>{@code
 * Relative r = disclosure.family(viewer, person, members).get(0);
 * r.withheld(); // true for a sister who did not consent
 * }</pre>
 *
 * <p>For a withheld relative every identity, contact and consent field is null.
 */
public record Relative(long id, String ref, String familyRef, long personId, String relationship, String sex,
        String fatherRef, String motherRef, boolean withheld, String fullName, Integer birthYear, Boolean living,
        String contact, Boolean consentDna, Boolean consentShare, LocalDate consentDate, LocalDate consentWithdrawn,
        Set<ConsentScope> consents, boolean geneticVisible, Integer version) {

    /** Everything of a member, for a viewer of the member's own side. */
    static Relative full(FamilyMember m, Set<ConsentScope> consents, boolean geneticVisible) {
        return new Relative(m.id(), m.ref(), m.familyRef(), m.personId(), m.relationship(), m.sex(), m.fatherRef(),
                m.motherRef(), false, m.fullName(), m.birthYear(), m.living(), m.contact(), m.consentDna(),
                m.consentShare(), m.consentDate(), m.consentWithdrawn(), Set.copyOf(consents), geneticVisible,
                m.version());
    }

    /** What the other side sees of a member who consented to share their record. */
    static Relative shared(FamilyMember m, Set<ConsentScope> consents, boolean geneticVisible) {
        return new Relative(m.id(), m.ref(), m.familyRef(), m.personId(), m.relationship(), m.sex(), m.fatherRef(),
                m.motherRef(), false, m.fullName(), m.birthYear(), m.living(),
                consents.contains(ConsentScope.CONTACT) ? m.contact() : null, null, null, null, null,
                Set.copyOf(consents), geneticVisible, null);
    }

    /** The anonymous placeholder of a member who did not consent (or withdrew). */
    static Relative placeholder(FamilyMember m) {
        return new Relative(m.id(), m.ref(), m.familyRef(), m.personId(), m.relationship(), m.sex(), m.fatherRef(),
                m.motherRef(), true, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** Whether DNA of this member may be used (own side); false when not known to the viewer. */
    public boolean mayUseDna() {
        return Boolean.TRUE.equals(consentDna) && consentWithdrawn == null;
    }

    /** Whether this member's record may cross to the other side now. */
    public boolean mayShare() {
        return consents != null && consents.contains(ConsentScope.RECORD);
    }
}
