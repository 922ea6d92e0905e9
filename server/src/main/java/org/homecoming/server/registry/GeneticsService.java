package org.homecoming.server.registry;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Genetic data, for laboratory analysts only, every access audited. A family member's profile is
 * visible across sides only when the person is shared with the analyst's side and the member's
 * consents in force allow it ({@link FamilyDisclosure}: RECORD and GENETIC, DNA use not withdrawn);
 * profiles of remains are visible to analysts of both sides.
 *
 * <pre>{@code
 * GeneticProfile p = genetics.profile(sampleId); // audited as VIEW_GENETIC
 * }</pre>
 */
@Service
public class GeneticsService {

    private final GeneticsRepository genetics;
    private final FamilyRepository families;
    private final PersonRepository persons;
    private final SharingService sharing;
    private final AuditLog audit;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    GeneticsService(GeneticsRepository genetics, FamilyRepository families, PersonRepository persons,
            SharingService sharing, AuditLog audit, FamilyDisclosure disclosure, CurrentUsers currentUsers) {
        this.genetics = genetics;
        this.families = families;
        this.persons = persons;
        this.sharing = sharing;
        this.audit = audit;
        this.disclosure = disclosure;
        this.currentUsers = currentUsers;
    }

    /** The profile of a sample; audited. */
    @Transactional
    public GeneticProfile profile(long sampleId) {
        CurrentUser u = requireLab();
        Sample s = genetics.sample(sampleId).orElseThrow(() -> new NotFoundException("sample", sampleId));
        if (s.familyMemberId() != null && !memberVisible(u, s.familyMemberId())) {
            throw new NotFoundException("sample", sampleId);
        }
        audit.record(AuditAction.VIEW_GENETIC, "SAMPLE", sampleId, s.subjectType() + " profile " + s.ref() + " (" + s.kit()
                + ")");
        return new GeneticProfile(s.id(), s.ref(), s.kit(), genetics.calls(sampleId),
                genetics.haplotype(sampleId, "YSTR").orElse(null), genetics.haplotype(sampleId, "MTDNA").orElse(null),
                s.degraded());
    }

    /** The profiles of one remains or family member; audited. */
    @Transactional
    public List<GeneticProfile> profilesOf(String subjectType, long subjectId) {
        requireLab();
        if (!"REMAINS".equals(subjectType) && !"FAMILY_MEMBER".equals(subjectType)) {
            throw new IllegalArgumentException("subjectType must be REMAINS or FAMILY_MEMBER: " + subjectType);
        }
        return genetics.samplesOf(subjectType, subjectId).stream().map(s -> profile(s.id())).toList();
    }

    /**
     * The chain of custody of a sample; of a family member's sample only where the viewer may see that
     * member (own side, or a relative of a shared person who consented to share their record).
     */
    public List<CustodyEvent> custody(long sampleId) {
        CurrentUser u = currentUsers.get();
        Sample s = genetics.sample(sampleId).orElseThrow(() -> new NotFoundException("sample", sampleId));
        if (s.familyMemberId() != null) {
            FamilyMember m = families.find(s.familyMemberId()).orElseThrow();
            MissingPerson p = persons.find(m.personId()).orElseThrow();
            if (p.side() != u.side() && (!sharing.isShared(PersonService.PERSON, p.id(), u.side())
                    || disclosure.member(Viewer.of(u), p, m).withheld())) {
                throw new NotFoundException("sample", sampleId);
            }
        }
        return genetics.custody(sampleId);
    }

    private boolean memberVisible(CurrentUser u, long memberId) {
        FamilyMember m = families.find(memberId).orElseThrow(() -> new NotFoundException("family member", memberId));
        MissingPerson p = persons.find(m.personId()).orElseThrow();
        if (p.side() == u.side()) {
            return true;
        }
        return sharing.isShared(PersonService.PERSON, p.id(), u.side())
                && disclosure.geneticVisible(Viewer.of(u), p, m);
    }

    private CurrentUser requireLab() {
        CurrentUser u = currentUsers.get();
        if (!u.has(Role.LAB_ANALYST)) {
            throw new AccessDeniedException("genetic data is for laboratory analysts only");
        }
        return u;
    }
}
