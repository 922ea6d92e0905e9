package org.homecoming.server.registry;

import jakarta.validation.Valid;
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
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons/{id}/family(-members)} and {@code /api/v1/family-members/{id}}: relatives, their consent, new relatives. */
@RestController
@RequestMapping("/api/v1")
class FamilyApiController {

    private final PersonService persons;
    private final FamilyRepository families;
    private final AuditLog audit;
    private final FamilyDisclosure disclosure;
    private final ConsentService consents;
    private final CurrentUsers currentUsers;

    FamilyApiController(PersonService persons, FamilyRepository families, AuditLog audit, FamilyDisclosure disclosure,
            ConsentService consents, CurrentUsers currentUsers) {
        this.persons = persons;
        this.families = families;
        this.audit = audit;
        this.disclosure = disclosure;
        this.consents = consents;
        this.currentUsers = currentUsers;
    }

    /** The family as the user may see it: on the other side, each member by their own consent (audited). */
    @GetMapping("/persons/{id}/family")
    List<Relative> family(@PathVariable long id) {
        MissingPerson p = persons.visible(id);
        // a person who stands in another missing person's family has that family
        long head = families.headOf(id).orElse(id);
        return disclosure.family(Viewer.of(currentUsers.get()), p, families.ofPerson(head), "family API");
    }

    @GetMapping("/family-members/{id}")
    Relative member(@PathVariable long id) {
        FamilyMember m = families.find(id).orElseThrow(() -> new NotFoundException("family member", id));
        MissingPerson p = persons.visible(m.personId());
        return disclosure.family(Viewer.of(currentUsers.get()), p, List.of(m), "family member API").get(0);
    }

    /** The body of a consent entry: a grant ({@code granted} true) or a withdrawal of one scope, from a date. */
    record ConsentEntry(String scope, Boolean granted, LocalDate effectiveOn, String basis) {
    }

    /** Records a member's consent to RECORD, CONTACT or GENETIC crossing, or its withdrawal (own side only). */
    @PostMapping("/family-members/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    MemberConsent addConsent(@PathVariable long id, @RequestBody ConsentEntry e) {
        if (e.granted() == null) {
            throw new IllegalArgumentException("granted must be true (consent) or false (withdrawal): null");
        }
        return consents.record(id, ConsentScope.parse(e.scope()), e.granted(), e.effectiveOn(), e.basis());
    }

    /** The consent history of a member of the user's own side, oldest first. */
    @GetMapping("/family-members/{id}/consents")
    List<MemberConsent> consents(@PathVariable long id) {
        return consents.history(id);
    }

    /** A relative of a missing person; {@code fatherRef}/{@code motherRef} link the pedigree. */
    record MemberRequest(@NotBlank String fullName, @NotBlank @Pattern(regexp = "[MF]", message = "must be M or F") String sex,
            @Min(1850) @Max(2100) Integer birthYear,
            @NotBlank @Pattern(regexp = RELATIONSHIPS, message = "must be one of " + RELATIONSHIPS) String relationship,
            String fatherRef, String motherRef, boolean living, String contact, boolean consentDna, boolean consentShare,
            LocalDate consentDate) {
    }

    static final String RELATIONSHIPS = "FATHER|MOTHER|BROTHER|SISTER|HALF_BROTHER|HALF_SISTER|SON|DAUGHTER|GRANDCHILD"
            + "|NEPHEW|NIECE|GRANDFATHER|GRANDMOTHER|UNCLE|AUNT|COUSIN|SPOUSE|IN_LAW|STEPPARENT|OTHER";

    @PostMapping("/persons/{id}/family-members")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Relative addMember(@PathVariable long id, @Valid @RequestBody MemberRequest r) {
        MissingPerson p = persons.visible(id);
        persons.checkOwnSide(p.side().name());
        families.headOf(id).ifPresent(head -> {
            throw new IllegalArgumentException("person " + p.ref() + " stands in the family of person " + head
                    + " as another missing person; add relatives to that family");
        });
        List<FamilyMember> family = families.ofPerson(id);
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
        long memberId = families.insert(new FamilyMember(0, ref, familyRef, id, r.fullName().strip(), r.sex(), r.birthYear(),
                r.relationship(), blankToNull(r.fatherRef()), blankToNull(r.motherRef()), r.living(), r.contact(),
                r.consentDna(), r.consentShare(), r.consentDate(), null, 0));
        audit.record(AuditAction.CREATE, "FAMILY_MEMBER", memberId, r.relationship() + " of person " + id);
        return member(memberId);
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

    /** The body of a consent change, with the version seen. */
    record ConsentRequest(boolean consentDna, boolean consentShare, LocalDate consentDate, LocalDate withdrawn,
            int version) {
    }

    /**
     * Changes the DNA-use and share flags (older form of consent); the share flag and a withdrawal are
     * also written to the consent history: share grants RECORD, no share or a withdrawal withdraws every scope.
     */
    @PutMapping("/family-members/{id}/consent")
    @Transactional
    Relative consent(@PathVariable long id, @RequestBody ConsentRequest r) {
        FamilyMember m = families.find(id).orElseThrow(() -> new NotFoundException("family member", id));
        persons.checkOwnSide(persons.visible(m.personId()).side().name());
        if (r.consentDna() && r.consentDate() == null) {
            throw new IllegalArgumentException("consentDate is required when consentDna is true");
        }
        if (!families.updateConsent(id, r.consentDna(), r.consentShare(), r.consentDate(), r.withdrawn(), r.version())) {
            throw new StaleVersionException("family member", id, r.version());
        }
        audit.record(AuditAction.UPDATE, "FAMILY_MEMBER", id, "consent dna=" + r.consentDna() + " share="
                + r.consentShare() + " withdrawn=" + r.withdrawn());
        consents.followFlags(id, r.consentShare() && r.withdrawn() == null, r.consentDate(), r.withdrawn());
        return member(id);
    }
}
