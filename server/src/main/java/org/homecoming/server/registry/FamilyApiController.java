package org.homecoming.server.registry;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.FamilyService.ConsentRequest;
import org.homecoming.server.registry.FamilyService.MemberRequest;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/persons/{id}/family(-members)} and {@code /api/v1/family-members/{id}}: relatives, their
 * consent, new relatives; changes are {@link FamilyService}'s and {@link ConsentService}'s.
 */
@RestController
@RequestMapping("/api/v1")
class FamilyApiController {

    private final FamilyService members;
    private final ConsentService consents;

    FamilyApiController(FamilyService members, ConsentService consents) {
        this.members = members;
        this.consents = consents;
    }

    /** The family as the user may see it: on the other side, each member by their own consent (audited). */
    @GetMapping("/persons/{id}/family")
    List<Relative> family(@PathVariable long id) {
        return members.family(id, "family API");
    }

    @GetMapping("/family-members/{id}")
    Relative member(@PathVariable long id) {
        return members.member(id, "family member API");
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

    @PostMapping("/persons/{id}/family-members")
    @ResponseStatus(HttpStatus.CREATED)
    Relative addMember(@PathVariable long id, @Valid @RequestBody MemberRequest r) {
        return members.member(members.addMember(id, r), "family member API");
    }

    /**
     * Changes the DNA-use and share flags (older form of consent); the share flag and a withdrawal are
     * also written to the consent history.
     */
    @PutMapping("/family-members/{id}/consent")
    Relative consent(@PathVariable long id, @RequestBody ConsentRequest r) {
        members.changeConsent(id, r);
        return members.member(id, "family member API");
    }
}
