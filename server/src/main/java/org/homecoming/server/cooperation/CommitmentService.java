package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.homecoming.server.archive.ArchiveService;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements and the commitments they contain, and how each commitment stands. Status moves forward only (planned,
 * in progress, then done or dropped); <b>done stands on evidence</b> — at least one archive document, activity,
 * indicator or meeting linked first — and dropped on a reason. Overdue is read from the due date, never recorded.
 *
 * <pre>{@code
 * long id = commitments.create(new CommitmentService.Draft("MOU-2025", null, Area.DIOXIN, "...", "...", "BOTH",
 *         "Office 701", null, LocalDate.of(2026, 12, 31)));
 * }</pre>
 */
@Service
public class CommitmentService {

    static final String ENTITY = "COMMITMENT";

    private final CooperationRepository repository;
    private final CooperationRoles roles;
    private final AuditLog audit;
    private final ArchiveService archive;
    private final IndicatorService indicators;
    private final IatiActivityService activities;

    CommitmentService(CooperationRepository repository, CooperationRoles roles, AuditLog audit, ArchiveService archive,
            IndicatorService indicators, IatiActivityService activities) {
        this.repository = repository;
        this.roles = roles;
        this.audit = audit;
        this.archive = archive;
        this.indicators = indicators;
        this.activities = activities;
    }

    /** A commitment to record: from an agreement or a meeting (by reference), with its text in both languages. */
    public record Draft(String agreementRef, String meetingRef, Area area, String textVi, String textEn,
            String responsibleSide, String office, LocalDate periodStart, LocalDate dueOn) {
    }

    @Transactional
    public String createAgreement(String ref, AgreementKind kind, String titleVi, String titleEn, LocalDate signedOn,
            String archiveRef) {
        CurrentUser u = roles.recorder();
        String r = RequestFields.requiredText(ref, "ref", 64);
        if (kind == null || signedOn == null) {
            throw new IllegalArgumentException((kind == null ? "kind" : "signedOn") + ": required");
        }
        if (repository.agreement(r).isPresent()) {
            throw new ConflictException("ref: an agreement " + r + " exists");
        }
        String doc = archiveDocument(archiveRef, "archiveRef");
        repository.insertAgreement(r, kind, RequestFields.requiredText(titleVi, "titleVi", 500),
                RequestFields.requiredText(titleEn, "titleEn", 500), signedOn, doc, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, "AGREEMENT", r, kind + " signed " + signedOn);
        return r;
    }

    /** The archive document's id as text, checked to exist and be visible; null for null. */
    private String archiveDocument(String ref, String field) {
        String r = RequestFields.text(ref, field, 64);
        if (r == null) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(r);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": the archive document's number: " + r);
        }
        archive.visible(id);
        return r;
    }

    @Transactional(readOnly = true)
    public List<Agreement> agreements() {
        return repository.agreements();
    }

    @Transactional
    public long create(Draft d) {
        CurrentUser u = roles.recorder();
        if (d.area() == null) {
            throw new IllegalArgumentException("area: required");
        }
        if ((d.agreementRef() == null) == (d.meetingRef() == null)) {
            throw new IllegalArgumentException("agreementRef: a commitment comes from one agreement or one meeting");
        }
        Agreement source = d.agreementRef() == null ? null : repository.agreement(d.agreementRef())
                .orElseThrow(() -> new IllegalArgumentException("agreementRef: no agreement " + d.agreementRef()));
        Long agreement = source == null ? null : source.id();
        Long meeting = d.meetingRef() == null ? null : repository.meetingId(d.meetingRef())
                .orElseThrow(() -> new IllegalArgumentException("meetingRef: no meeting " + d.meetingRef()));
        // The commitment was made when its agreement was signed or its meeting held.
        LocalDate made = source != null ? source.signedOn() : repository.meeting(meeting).orElseThrow().heldOn();
        String side = d.responsibleSide() == null ? null : d.responsibleSide().strip().toUpperCase(java.util.Locale.ROOT);
        if (!"VN".equals(side) && !"US".equals(side) && !"BOTH".equals(side)) {
            throw new IllegalArgumentException("responsibleSide: VN, US or BOTH: " + d.responsibleSide());
        }
        if (d.periodStart() != null && d.dueOn() != null && d.dueOn().isBefore(d.periodStart())) {
            throw new IllegalArgumentException("dueOn: before periodStart: " + d.dueOn());
        }
        OffsetDateTime now = OffsetDateTime.now();
        long id = repository.insertCommitment(agreement, meeting, d.area(), RequestFields.requiredText(d.textVi(), "textVi", 2000),
                RequestFields.requiredText(d.textEn(), "textEn", 2000), side, RequestFields.text(d.office(), "office", 300),
                d.periodStart(), d.dueOn(), u.username(), now);
        repository.addStatusLine(id, CommitmentStatus.PLANNED, made, meeting, null, u.username(), now);
        audit.record(AuditAction.CREATE, ENTITY, id, d.area() + (d.dueOn() == null ? "" : ", due " + d.dueOn()));
        return id;
    }

    /** Links what the commitment's status stands on; the target must exist. */
    @Transactional
    public Commitment addEvidence(long id, CommitmentEvidenceKind kind, String targetRef, String note) {
        CurrentUser u = roles.recorder();
        CooperationRepository.CommitmentRow c = row(id);
        String ref = RequestFields.requiredText(targetRef, "targetRef", 200);
        if (kind == null) {
            throw new IllegalArgumentException("kind: ARCHIVE_DOCUMENT, ACTIVITY, INDICATOR or MEETING");
        }
        switch (kind) {
            case ARCHIVE_DOCUMENT -> archiveDocument(ref, "targetRef");
            case ACTIVITY -> activities.find(ref).orElseThrow(() -> new IllegalArgumentException("targetRef: no activity " + ref));
            case INDICATOR -> indicators.byRef(ref);
            case MEETING -> repository.meetingId(ref).orElseThrow(() -> new IllegalArgumentException("targetRef: no meeting " + ref));
            default -> throw new IllegalStateException(kind.name());
        }
        repository.addEvidence(id, kind, ref, RequestFields.text(note, "note", 1000), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, id, c.ref() + ": evidence " + kind + " " + ref);
        return of(id);
    }

    /** Moves the status on; done needs evidence, dropped a reason; {@code meetingRef} when a meeting decided it. */
    @Transactional
    public Commitment changeStatus(long id, CommitmentStatus to, LocalDate on, String meetingRef, String note) {
        CurrentUser u = roles.recorder();
        CooperationRepository.CommitmentRow c = row(id);
        if (to == null) {
            throw new IllegalArgumentException("status: PLANNED, IN_PROGRESS, DONE or DROPPED");
        }
        if (!c.status().canBecome(to)) {
            throw new ConflictException("status: a commitment " + c.status() + " cannot become " + to);
        }
        if (to == CommitmentStatus.DONE && repository.evidence(id).isEmpty()) {
            throw new ConflictException("status: done stands on evidence — link the document, activity, indicator or"
                    + " meeting that shows it first");
        }
        String reason = RequestFields.text(note, "note", 2000);
        if (to == CommitmentStatus.DROPPED && reason == null) {
            throw new IllegalArgumentException("note: say why the commitment is dropped");
        }
        LocalDate day = on == null ? RequestFields.today() : on;
        if (day.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("changedOn: in the future: " + day);
        }
        LocalDate last = repository.history(id).stream().map(Commitment.StatusChange::changedOn)
                .max(LocalDate::compareTo).orElse(day);
        if (day.isBefore(last)) {
            throw new IllegalArgumentException("changedOn: before the commitment's last change on " + last + ": " + day);
        }
        Long meeting = meetingRef == null || meetingRef.isBlank() ? null : repository.meetingId(meetingRef.strip())
                .orElseThrow(() -> new IllegalArgumentException("meetingRef: no meeting " + meetingRef));
        if (!repository.changeStatus(id, c.status(), to, day, meeting, reason, u.username(), OffsetDateTime.now())) {
            throw new ConflictException("status: the commitment was changed meanwhile; reload it");
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, c.ref() + ": " + c.status() + " -> " + to + " on " + day);
        return of(id);
    }

    @Transactional(readOnly = true)
    public Commitment of(long id) {
        return assemble(row(id), RequestFields.today());
    }

    private CooperationRepository.CommitmentRow row(long id) {
        return repository.commitment(id).orElseThrow(() -> new NotFoundException("commitment", id));
    }

    /** Commitments of an area (all when null) standing as {@code standing} (all when null) today, overdue first. */
    @Transactional(readOnly = true)
    public List<Commitment> list(Area area, CommitmentStatus.Standing standing) {
        LocalDate today = RequestFields.today();
        return repository.commitments(area).stream().map(r -> assemble(r, today))
                .filter(c -> standing == null || c.standing() == standing)
                .sorted(Comparator.comparing(Commitment::standing).thenComparing(Commitment::dueOn,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Commitment assemble(CooperationRepository.CommitmentRow r, LocalDate today) {
        return new Commitment(r.id(), r.ref(), r.agreementRef(), r.meetingRef(), r.area(), r.textVi(), r.textEn(),
                r.responsibleSide(), r.office(), r.periodStart(), r.dueOn(), r.status(), r.status().standing(r.dueOn(), today),
                repository.history(r.id()), repository.evidence(r.id()));
    }
}
