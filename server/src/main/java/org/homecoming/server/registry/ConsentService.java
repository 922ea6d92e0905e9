package org.homecoming.server.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a family member's consent to what crosses to the other side, one scope at a time, and
 * its withdrawal; only case officers, liaison officers and administrators of the member's own side
 * do so, and each entry is audited. A withdrawal stops crossings from its date on; the history stays.
 *
 * <pre>{@code
 * consents.record(memberId, ConsentScope.CONTACT, true, LocalDate.of(2024, 5, 2), "form F-12 signed");
 * consents.record(memberId, ConsentScope.RECORD, false, LocalDate.now(), "withdrawn by telephone");
 * }</pre>
 */
@Service
public class ConsentService {

    /** Audit entity of consent entries. */
    public static final String AUDIT_ENTITY = "MEMBER_CONSENT";

    private final ConsentRepository consents;
    private final FamilyRepository families;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    ConsentService(ConsentRepository consents, FamilyRepository families, PersonRepository persons, AuditLog audit,
            CurrentUsers currentUsers) {
        this.consents = consents;
        this.families = families;
        this.persons = persons;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** Adds a grant ({@code granted}) or withdrawal of {@code scope} for a member, from {@code effectiveOn}. */
    @Transactional
    public MemberConsent record(long memberId, ConsentScope scope, boolean granted, LocalDate effectiveOn, String basis) {
        requireRecorder(currentUsers.get());
        FamilyMember m = ownMember(memberId);
        if (scope == null) {
            throw new IllegalArgumentException("scope must be RECORD, CONTACT or GENETIC: null");
        }
        if (effectiveOn == null) {
            throw new IllegalArgumentException("effectiveOn must be the date the consent or withdrawal counts from: null");
        }
        if (granted && effectiveOn.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("effectiveOn of a consent cannot be in the future: " + effectiveOn);
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("basis must say what records the consent (form, letter, call): " + basis);
        }
        if (basis.length() > 1000) {
            throw new IllegalArgumentException("basis must be at most 1000 characters: " + basis.length());
        }
        MemberConsent c = new MemberConsent(0, memberId, scope, granted, effectiveOn, basis.strip(),
                currentUsers.get().username(), OffsetDateTime.now());
        consents.add(c);
        audit.record(AuditAction.UPDATE, AUDIT_ENTITY, memberId, (granted ? "granted " : "withdrawn ") + scope
                + " from " + effectiveOn + " (" + m.ref() + " of person " + m.personId() + "): " + c.basis());
        List<MemberConsent> all = consents.history(memberId);
        return all.get(all.size() - 1);
    }

    /**
     * Brings the history in step with the older consent flags of a member: {@code share} grants RECORD
     * (from {@code consentDate}, today if absent or later) when not in force; no share withdraws every
     * scope in force from {@code withdrawn} (today if absent). Audited per entry.
     */
    @Transactional
    public void followFlags(long memberId, boolean share, LocalDate consentDate, LocalDate withdrawn) {
        Set<ConsentScope> now = consents.inForce(memberId);
        LocalDate today = LocalDate.now();
        if (share && !now.contains(ConsentScope.RECORD)) {
            add(memberId, ConsentScope.RECORD, true, consentDate == null || consentDate.isAfter(today) ? today : consentDate,
                    "consent to share set on the member's consent flags");
        } else if (!share) {
            now.forEach(scope -> add(memberId, scope, false, withdrawn == null ? today : withdrawn,
                    "consent to share removed or withdrawn on the member's consent flags"));
        }
    }

    private void add(long memberId, ConsentScope scope, boolean granted, LocalDate from, String basis) {
        consents.add(new MemberConsent(0, memberId, scope, granted, from, basis, currentUsers.get().username(),
                OffsetDateTime.now()));
        audit.record(AuditAction.UPDATE, AUDIT_ENTITY, memberId, (granted ? "granted " : "withdrawn ") + scope + " from "
                + from + ": " + basis);
    }

    /** The consent history of a member of the user's own side, oldest first. */
    public List<MemberConsent> history(long memberId) {
        ownMember(memberId);
        return consents.history(memberId);
    }

    private FamilyMember ownMember(long memberId) {
        FamilyMember m = families.find(memberId).orElseThrow(() -> new NotFoundException("family member", memberId));
        MissingPerson p = persons.find(m.personId()).orElseThrow(() -> new NotFoundException("family member", memberId));
        CurrentUser u = currentUsers.get();
        if (!u.isSystem() && p.side() != u.side()) {
            throw new NotFoundException("family member", memberId);
        }
        return m;
    }

    /** Only these roles record consent. */
    static void requireRecorder(CurrentUser u) {
        if (!u.has(Role.CASE_OFFICER) && !u.has(Role.LIAISON) && !u.has(Role.ADMIN)) {
            throw new AccessDeniedException("consent is recorded by case officers, liaison officers and administrators");
        }
    }
}
