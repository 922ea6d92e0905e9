package org.homecoming.server.registry;

import java.time.LocalDate;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons/{id}/family} and {@code /api/v1/family-members/{id}}: relatives and their consent. */
@RestController
@RequestMapping("/api/v1")
class FamilyApiController {

    private final PersonService persons;
    private final FamilyRepository families;
    private final AuditLog audit;

    FamilyApiController(PersonService persons, FamilyRepository families, AuditLog audit) {
        this.persons = persons;
        this.families = families;
        this.audit = audit;
    }

    @GetMapping("/persons/{id}/family")
    List<FamilyMember> family(@PathVariable long id) {
        persons.visible(id);
        return families.ofPerson(id);
    }

    @GetMapping("/family-members/{id}")
    FamilyMember member(@PathVariable long id) {
        FamilyMember m = families.find(id).orElseThrow(() -> new NotFoundException("family member", id));
        persons.visible(m.personId());
        return m;
    }

    /** The body of a consent change, with the version seen. */
    record ConsentRequest(boolean consentDna, boolean consentShare, LocalDate consentDate, LocalDate withdrawn,
            int version) {
    }

    @PutMapping("/family-members/{id}/consent")
    @Transactional
    FamilyMember consent(@PathVariable long id, @RequestBody ConsentRequest r) {
        member(id);
        if (r.consentDna() && r.consentDate() == null) {
            throw new IllegalArgumentException("consentDate is required when consentDna is true");
        }
        if (!families.updateConsent(id, r.consentDna(), r.consentShare(), r.consentDate(), r.withdrawn(), r.version())) {
            throw new StaleVersionException("family member", id, r.version());
        }
        audit.record(AuditAction.UPDATE, "FAMILY_MEMBER", id, "consent dna=" + r.consentDna() + " share="
                + r.consentShare() + " withdrawn=" + r.withdrawn());
        return member(id);
    }
}
