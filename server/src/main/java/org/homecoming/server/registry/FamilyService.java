package org.homecoming.server.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A missing person's family: shows it as the user may see it, adds relatives and changes their
 * consent flags for the user's own side (checks the pedigree links, gives each new member its
 * reference, audits each change).
 *
 * <pre>{@code
 * long memberId = families.addMember(personId, new FamilyService.MemberRequest("Nguyễn Thị Hoa", "F", 1950,
 *         "SISTER", null, null, true, null, true, true, LocalDate.of(2024, 5, 2)));
 * }</pre>
 */
@Service
public class FamilyService {

    static final String RELATIONSHIPS = "FATHER|MOTHER|BROTHER|SISTER|HALF_BROTHER|HALF_SISTER|SON|DAUGHTER|GRANDCHILD"
            + "|NEPHEW|NIECE|GRANDFATHER|GRANDMOTHER|UNCLE|AUNT|COUSIN|SPOUSE|IN_LAW|STEPPARENT|OTHER";

    /** A relative of a missing person; {@code fatherRef}/{@code motherRef} link the pedigree. */
    public record MemberRequest(@NotBlank String fullName,
            @NotBlank @Pattern(regexp = "[MF]", message = "must be M or F") String sex,
            @Min(1850) @Max(2100) Integer birthYear,
            @NotBlank @Pattern(regexp = RELATIONSHIPS, message = "must be one of " + RELATIONSHIPS) String relationship,
            String fatherRef, String motherRef, boolean living, String contact, boolean consentDna, boolean consentShare,
            LocalDate consentDate) {
    }

    /** A change of the consent flags, with the version seen. */
    public record ConsentRequest(boolean consentDna, boolean consentShare, LocalDate consentDate, LocalDate withdrawn,
            int version) {
    }

    private final PersonService persons;
    private final FamilyRepository families;
    private final AuditLog audit;
    private final ConsentService consents;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    FamilyService(PersonService persons, FamilyRepository families, AuditLog audit, ConsentService consents,
            FamilyDisclosure disclosure, CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        this.disclosure = disclosure;
        this.persons = persons;
        this.families = families;
        this.audit = audit;
        this.consents = consents;
    }

    /**
     * The family of a person as the current user may see it: on the other side, each member by their
     * own consent (audited for {@code purpose}). A person who stands in another missing person's
     * family has that family.
     */
    public List<Relative> family(long personId, String purpose) {
        MissingPerson p = persons.visible(personId);
        long head = families.headOf(personId).orElse(personId);
        return disclosure.family(Viewer.of(currentUsers.get()), p, families.ofPerson(head), purpose);
    }

    /** One family member as the current user may see them (audited for {@code purpose}). */
    public Relative member(long memberId, String purpose) {
        FamilyMember m = families.find(memberId).orElseThrow(() -> new NotFoundException("family member", memberId));
        MissingPerson p = persons.visible(m.personId());
        return disclosure.family(Viewer.of(currentUsers.get()), p, List.of(m), purpose).get(0);
    }

    /** Adds a relative to the family of a person of the user's own side; returns the member's id. */
    @Transactional
    public long addMember(long personId, MemberRequest r) {
        MissingPerson p = persons.visible(personId);
        persons.checkOwnSide(p.side().name());
        families.headOf(personId).ifPresent(head -> {
            throw new IllegalArgumentException("person " + p.ref() + " stands in the family of person " + head
                    + " as another missing person; add relatives to that family");
        });
        List<FamilyMember> family = families.ofPerson(personId);
        String familyRef = family.isEmpty() ? "F-" + p.ref() : family.get(0).familyRef();
        checkParent("fatherRef", r.fatherRef(), "M", p, family);
        checkParent("motherRef", r.motherRef(), "F", p, family);
        if ((r.relationship().equals("FATHER") || r.relationship().equals("MOTHER"))
                && family.stream().anyMatch(m -> m.relationship().equals(r.relationship()))) {
            throw new IllegalArgumentException("relationship: the family already has a " + r.relationship());
        }
        if (r.consentDna() && r.consentDate() == null) {
            throw new IllegalArgumentException("consentDate is required when consentDna is true");
        }
        String ref = familyRef + "-M" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long memberId = families.insert(new FamilyMember(0, ref, familyRef, personId, r.fullName().strip(), r.sex(),
                r.birthYear(), r.relationship(), blankToNull(r.fatherRef()), blankToNull(r.motherRef()), r.living(),
                r.contact(), r.consentDna(), r.consentShare(), r.consentDate(), null, 0));
        audit.record(AuditAction.CREATE, "FAMILY_MEMBER", memberId, r.relationship() + " of person " + personId);
        return memberId;
    }

    /**
     * Changes the DNA-use and share flags (older form of consent); the share flag and a withdrawal are
     * also written to the consent history: share grants RECORD, no share or a withdrawal withdraws every scope.
     */
    @Transactional
    public void changeConsent(long memberId, ConsentRequest r) {
        FamilyMember m = families.find(memberId).orElseThrow(() -> new NotFoundException("family member", memberId));
        persons.checkOwnSide(persons.visible(m.personId()).side().name());
        if (r.consentDna() && r.consentDate() == null) {
            throw new IllegalArgumentException("consentDate is required when consentDna is true");
        }
        if (!families.updateConsent(memberId, r.consentDna(), r.consentShare(), r.consentDate(), r.withdrawn(),
                r.version())) {
            throw new StaleVersionException("family member", memberId, r.version());
        }
        audit.record(AuditAction.UPDATE, "FAMILY_MEMBER", memberId, "consent dna=" + r.consentDna() + " share="
                + r.consentShare() + " withdrawn=" + r.withdrawn());
        consents.followFlags(memberId, r.consentShare() && r.withdrawn() == null, r.consentDate(), r.withdrawn());
    }

    /** A parent link must name the missing person or a member of the same family, of the right sex. */
    private static void checkParent(String field, String ref, String sex, MissingPerson p, List<FamilyMember> family) {
        if (ref == null || ref.isBlank()) {
            return;
        }
        String parentSex = ref.equals(p.ref()) ? p.sex()
                : family.stream().filter(m -> m.ref().equals(ref)).map(FamilyMember::sex).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(field + ": no one of this family has ref '" + ref + "'"));
        if (!parentSex.equals(sex)) {
            throw new IllegalArgumentException(field + ": '" + ref + "' is " + parentSex + " and cannot be the "
                    + (sex.equals("M") ? "father" : "mother"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
