package org.homecoming.server.registry;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
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

/** {@code /api/v1/sharing}: share a record with the other side (liaison officers), revoke a sharing, list sharings. */
@RestController
@RequestMapping("/api/v1/sharing")
class SharingApiController {

    private final SharingService sharing;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    SharingApiController(SharingService sharing, AuditLog audit, CurrentUsers currentUsers) {
        this.sharing = sharing;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** The body of a sharing request. */
    record ShareRequest(String recordType, long recordId, Long consentMember, String consentBasis) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Sharing share(@RequestBody ShareRequest r) {
        Sharing done = sharing.share(r.recordType(), r.recordId(), currentUsers.get().side().other(),
                r.consentMember(), r.consentBasis());
        audit.record(AuditAction.SHARE, r.recordType(), r.recordId(), "to " + done.toSide() + ": " + done.consentBasis());
        return done;
    }

    /** Ends a sharing made by this side; the record is hidden from the other side again. Audited as UNSHARE. */
    @DeleteMapping("/{id}")
    Sharing revoke(@PathVariable long id) {
        Sharing s = sharing.find(id).orElseThrow(() -> new NotFoundException("sharing", id));
        if (s.toSide() == currentUsers.get().side()) {
            throw new IllegalArgumentException("sharing " + id + " was made by side " + s.toSide().other()
                    + "; only that side can revoke it");
        }
        if (!sharing.revoke(id)) {
            throw new IllegalArgumentException("sharing " + id + " is already revoked");
        }
        audit.record(AuditAction.UNSHARE, s.recordType(), s.recordId(), "sharing " + id + " with " + s.toSide()
                + " revoked");
        return sharing.find(id).orElseThrow();
    }

    @GetMapping
    List<Sharing> list(@RequestParam String recordType, @RequestParam long recordId) {
        return sharing.list(recordType, recordId);
    }
}
