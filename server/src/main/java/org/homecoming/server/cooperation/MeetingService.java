package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and delegation visits with their members; what each decided is recorded as commitments made at it
 * ({@link CommitmentService.Draft#meetingRef}) and status changes naming it.
 *
 * <pre>{@code
 * long id = meetings.create(MeetingKind.JOINT_WORKING_GROUP, LocalDate.of(2026, 3, 10), "Hà Nội", "...", "...", null,
 *         List.of(new Meeting.Delegate("Nguyễn Văn A", "Cục trưởng", "VN")));
 * }</pre>
 */
@Service
public class MeetingService {

    private final CooperationRepository repository;
    private final CooperationRoles roles;
    private final AuditLog audit;

    MeetingService(CooperationRepository repository, CooperationRoles roles, AuditLog audit) {
        this.repository = repository;
        this.roles = roles;
        this.audit = audit;
    }

    @Transactional
    public long create(MeetingKind kind, LocalDate heldOn, String place, String titleVi, String titleEn, String agenda,
            List<Meeting.Delegate> delegates) {
        CurrentUser u = roles.recorder();
        if (kind == null || heldOn == null) {
            throw new IllegalArgumentException((kind == null ? "kind" : "heldOn") + ": required");
        }
        long id = repository.insertMeeting(kind, heldOn, RequestFields.requiredText(place, "place", 300),
                RequestFields.requiredText(titleVi, "titleVi", 500), RequestFields.requiredText(titleEn, "titleEn", 500),
                RequestFields.text(agenda, "agenda", 4000), u.username(), OffsetDateTime.now());
        int n = 0;
        for (Meeting.Delegate d : delegates) {
            String side = d.side() == null ? "" : d.side().strip().toUpperCase(java.util.Locale.ROOT);
            if (!side.equals("VN") && !side.equals("US")) {
                throw new IllegalArgumentException("delegates[" + n + "].side: VN or US: " + d.side());
            }
            repository.addDelegate(id, new Meeting.Delegate(RequestFields.requiredText(d.name(), "delegates[" + n + "].name",
                    300), RequestFields.text(d.title(), "delegates[" + n + "].title", 300), side));
            n++;
        }
        audit.record(AuditAction.CREATE, "MEETING", id, kind + " " + heldOn);
        return id;
    }

    @Transactional(readOnly = true)
    public Meeting of(long id) {
        return repository.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** Every meeting, newest first: the timeline. */
    @Transactional(readOnly = true)
    public List<Meeting> timeline() {
        return repository.meetings();
    }
}
