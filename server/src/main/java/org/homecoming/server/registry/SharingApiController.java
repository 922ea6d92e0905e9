package org.homecoming.server.registry;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.Sharing;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sharing}: share a record with the other side (liaison officers), revoke, list sharings; all audited. */
@RestController
@RequestMapping("/api/v1/sharing")
class SharingApiController {

    private final SharingService sharing;
    private final AuditLog audit;

    SharingApiController(SharingService sharing, AuditLog audit) {
        this.sharing = sharing;
        this.audit = audit;
    }

    /** The body of a sharing request. */
    record ShareRequest(String recordType, long recordId, Long consentMember, String consentBasis) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Sharing share(@RequestBody ShareRequest r) {
        Sharing done = sharing.share(r.recordType(), r.recordId(), CurrentUser.get().side().other(),
                r.consentMember(), r.consentBasis());
        audit.record(AuditAction.SHARE, r.recordType(), r.recordId(), "to " + done.toSide() + ": " + done.consentBasis());
        return done;
    }

    /** Ends a sharing of one's own side's record: from now on the other side no longer sees it; audited. */
    @DeleteMapping("/{id}")
    Sharing revoke(@PathVariable long id) {
        Sharing s = sharing.find(id).filter(x -> x.toSide() == CurrentUser.get().side().other())
                .orElseThrow(() -> new NotFoundException("sharing", id));
        if (sharing.revoke(id)) {
            audit.record(AuditAction.SHARE, s.recordType(), s.recordId(), "revoked sharing " + id + " to " + s.toSide());
        }
        return sharing.find(id).orElseThrow();
    }

    @GetMapping
    List<Sharing> list(@RequestParam String recordType, @RequestParam long recordId) {
        return sharing.list(recordType, recordId);
    }
}
