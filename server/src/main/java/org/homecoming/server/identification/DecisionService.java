package org.homecoming.server.identification;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.RemainsRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms and rejects pairs. The first confirmation makes a PENDING decision; a second, different
 * analyst completes it (four eyes), which moves the missing person and the remains to IDENTIFIED.
 * A rejection needs one analyst and a reason; the pair leaves the queue until its data change.
 *
 * <pre>{@code
 * decisions.confirm(candidateId, "autosomal and Y match; place and unit agree", 1e-3); // lab-a: PENDING
 * decisions.confirm(candidateId, "reviewed", 1e-3);                                    // lab-b: CONFIRMED
 * }</pre>
 */
@Service
public class DecisionService {

    static final String ENTITY = "IDENTIFICATION";

    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final PairAnalysis analysis;
    private final PersonService persons;
    private final RemainsRepository remains;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    DecisionService(CandidateRepository candidates, DecisionRepository decisions, PairAnalysis analysis,
            PersonService persons, RemainsRepository remains, AuditLog audit, CurrentUsers currentUsers) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.analysis = analysis;
        this.persons = persons;
        this.remains = remains;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public Decision confirm(long candidateId, String reason, double prior) {
        CurrentUser u = requireLab(currentUsers.get());
        StoredCandidate c = open(candidateId);
        String why = reason(reason);
        persons.visible(c.personId());
        var pending = decisions.pending(c.remainsId(), c.personId());
        if (pending.isEmpty()) {
            if (decisions.confirmedFor(c.remainsId(), c.personId())) {
                throw new IllegalArgumentException("remains " + c.remainsId() + " or person " + c.personId()
                        + " is already identified");
            }
            double log10 = analysis.analyse(c).combinedLog10Lr();
            long id = decisions.insert(c, "PENDING", prior, log10, Posterior.of(prior, log10), u.username(), why);
            audit.record(AuditAction.CREATE, ENTITY, id, "first confirmation of remains " + c.remainsId() + " as person "
                    + c.personId() + ": " + why);
            return decisions.find(id).orElseThrow();
        }
        Decision d = pending.get();
        if (d.firstAnalyst().equals(u.username())) {
            throw new IllegalArgumentException("a second, different analyst must confirm: " + u.username()
                    + " gave the first confirmation");
        }
        if (!d.dataHash().equals(c.dataHash())) {
            throw new IllegalArgumentException("the data changed since the first confirmation; confirm again from the start");
        }
        if (!decisions.complete(d.id(), "CONFIRMED", u.username(), why)) {
            throw new StaleVersionException("identification", d.id(), 0);
        }
        persons.changeStatus(c.personId(), PersonStatus.IDENTIFIED, "identification " + d.id() + " confirmed by "
                + d.firstAnalyst() + " and " + u.username());
        Remains r = remains.find(c.remainsId()).orElseThrow(() -> new NotFoundException("remains", c.remainsId()));
        if (!remains.updateStatus(r.id(), "IDENTIFIED", c.personId(), r.version())) {
            throw new StaleVersionException("remains", r.id(), r.version());
        }
        audit.record(AuditAction.UPDATE, "REMAINS", r.id(), "status " + r.status() + " -> IDENTIFIED as person "
                + c.personId() + " (identification " + d.id() + ")");
        audit.record(AuditAction.UPDATE, ENTITY, d.id(), "confirmed by " + d.firstAnalyst() + " and " + u.username()
                + ": " + why);
        return decisions.find(d.id()).orElseThrow();
    }

    @Transactional
    public Decision reject(long candidateId, String reason) {
        CurrentUser u = requireLab(currentUsers.get());
        StoredCandidate c = open(candidateId);
        String why = reason(reason);
        persons.visible(c.personId());
        var pending = decisions.pending(c.remainsId(), c.personId());
        long id;
        if (pending.isPresent()) {
            id = pending.get().id();
            if (!decisions.complete(id, "REJECTED", u.username(), why)) {
                throw new StaleVersionException("identification", id, 0);
            }
        } else {
            double log10 = c.log10Lr();
            id = decisions.insert(c, "REJECTED", 0.5, log10, Posterior.of(0.5, log10), u.username(), why);
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, "rejected remains " + c.remainsId() + " as person " + c.personId()
                + ": " + why);
        return decisions.find(id).orElseThrow();
    }

    public Decision find(long id) {
        requireLab(currentUsers.get());
        return decisions.find(id).orElseThrow(() -> new NotFoundException("identification", id));
    }

    /** A decision with its LR and posterior, as the API shows it; audited. */
    @Transactional
    public Decision view(long id) {
        Decision d = find(id);
        audit.record(AuditAction.VIEW_GENETIC, ENTITY, id, d.status() + " decision on remains " + d.remainsId()
                + " as person " + d.personId());
        return d;
    }

    public List<Decision> ofRemains(long remainsId) {
        return decisions.ofRemains(remainsId);
    }

    private StoredCandidate open(long candidateId) {
        StoredCandidate c = candidates.find(candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
        if (!candidates.isOpen(candidateId)) {
            throw new IllegalArgumentException("candidate " + candidateId
                    + " is not open: a later search replaced it or it was rejected on these data");
        }
        return c;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must be given");
        }
        return reason.strip();
    }

    /** The user, who must be a laboratory analyst. */
    static CurrentUser requireLab(CurrentUser u) {
        if (!u.has(Role.LAB_ANALYST)) {
            throw new AccessDeniedException("identification is for laboratory analysts only");
        }
        return u;
    }
}
