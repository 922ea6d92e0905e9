package org.homecoming.server.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.RemainsRepository;
import org.homecoming.server.registry.StatusRules;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a family notification, a reburial or a repatriation and, in the same transaction, moves
 * the person to the status that record stands on (FAMILY_NOTIFIED, REBURIED, REPATRIATED), in order:
 * notification only after the identification, reburial or repatriation only after a notification.
 *
 * <pre>{@code
 * closure.notify(42, form);   // person 42 IDENTIFIED -> FAMILY_NOTIFIED, with its audit line and history step
 * closure.rebury(42, burial); // FAMILY_NOTIFIED -> REBURIED
 * }</pre>
 *
 * <p>Family liaison staff ({@link Role#LIAISON}) and case officers record, for persons of their own
 * side. A further notification (another relative) of a person already notified is recorded without
 * moving the status.
 */
@Service
public class ClosureService {

    static final String NOTIFICATION = "FAMILY_NOTIFICATION";
    static final String REBURIAL = "REBURIAL";
    static final String REPATRIATION = "REPATRIATION";

    private final ClosureRepository records;
    private final PersonService persons;
    private final FamilyRepository families;
    private final RemainsRepository remains;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    ClosureService(ClosureRepository records, PersonService persons, FamilyRepository families, RemainsRepository remains,
            AuditLog audit, CurrentUsers currentUsers) {
        this.records = records;
        this.remains = remains;
        this.persons = persons;
        this.families = families;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** The closure records of a person the user may see. */
    public ClosureRecords of(long personId) {
        persons.visible(personId);
        return records.of(personId);
    }

    @Transactional
    public FamilyNotification notify(long personId, NotificationForm f) {
        CurrentUser u = requireLiaison();
        MissingPerson p = ownSide(personId, u);
        boolean moves = !p.status().standsOnEvidence() || p.status() == PersonStatus.IDENTIFIED;
        if (moves) {
            StatusRules.requireStep(p, PersonStatus.FAMILY_NOTIFIED);
        }
        FamilyMember m = families.find(f.getFamilyMemberId()).filter(x -> x.personId() == personId)
                .orElseThrow(() -> new IllegalArgumentException("familyMemberId must be a relative of person "
                        + personId + ": " + f.getFamilyMemberId()));
        long id = records.insert(new FamilyNotification(0, personId, m.id(), m.fullName(), m.relationship(),
                f.getNotifiedOn(), NotificationMethod.valueOf(f.getMethod()), Nfc.clean(f.getNotifiedBy()),
                Nfc.clean(f.getNotes()), u.username(), OffsetDateTime.now()));
        String what = "notification " + id + ": " + m.fullName() + " (" + m.relationship() + ") on " + f.getNotifiedOn()
                + ", " + f.getMethod() + ", by " + Nfc.clean(f.getNotifiedBy());
        audit.record(AuditAction.CREATE, NOTIFICATION, id, "person " + personId + ", " + what);
        if (moves) {
            persons.changeStatus(personId, PersonStatus.FAMILY_NOTIFIED, what);
        }
        return records.of(personId).notifications().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Reburial rebury(long personId, ReburialForm f) {
        CurrentUser u = requireLiaison();
        MissingPerson p = ownSide(personId, u);
        StatusRules.requireStep(p, PersonStatus.REBURIED);
        notBeforeNotification(personId, f.getReburiedOn(), "reburiedOn");
        long id = records.insert(new Reburial(0, personId, Nfc.clean(f.getPlace()), f.getReburiedOn(),
                Nfc.clean(f.getGraveRef()), Nfc.clean(f.getNotes()), u.username(), OffsetDateTime.now()));
        String what = "reburial " + id + ": " + Nfc.clean(f.getPlace()) + " on " + f.getReburiedOn()
                + (f.getGraveRef() == null ? "" : ", grave " + Nfc.clean(f.getGraveRef()));
        audit.record(AuditAction.CREATE, REBURIAL, id, "person " + personId + ", " + what);
        persons.changeStatus(personId, PersonStatus.REBURIED, what);
        followRemains(personId, "REBURIED", what);
        return records.of(personId).reburials().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Repatriation repatriate(long personId, RepatriationForm f) {
        CurrentUser u = requireLiaison();
        MissingPerson p = ownSide(personId, u);
        StatusRules.requireStep(p, PersonStatus.REPATRIATED);
        notBeforeNotification(personId, f.getRepatriatedOn(), "repatriatedOn");
        long id = records.insert(new Repatriation(0, personId, f.getRepatriatedOn(), Nfc.clean(f.getCeremonyPlace()),
                Nfc.clean(f.getReceivingAgency()), Nfc.clean(f.getNotes()), u.username(), OffsetDateTime.now()));
        String what = "repatriation " + id + ": " + Nfc.clean(f.getCeremonyPlace()) + " on " + f.getRepatriatedOn()
                + ", received by " + Nfc.clean(f.getReceivingAgency());
        audit.record(AuditAction.CREATE, REPATRIATION, id, "person " + personId + ", " + what);
        persons.changeStatus(personId, PersonStatus.REPATRIATED, what);
        followRemains(personId, "REPATRIATED", what);
        return records.of(personId).repatriations().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The remains identified as the person follow it to REBURIED or REPATRIATED, each with its audit line. */
    private void followRemains(long personId, String status, String what) {
        for (Remains r : remains.identifiedAs(personId)) {
            if (!remains.updateStatus(r.id(), status, personId, r.version())) {
                throw new StaleVersionException("remains", r.id(), r.version());
            }
            audit.record(AuditAction.UPDATE, "REMAINS", r.id(), "status " + r.status() + " -> " + status + ": " + what);
        }
    }

    private void notBeforeNotification(long personId, LocalDate day, String field) {
        records.of(personId).notifications().stream().map(FamilyNotification::notifiedOn).min(LocalDate::compareTo)
                .filter(first -> day.isBefore(first)).ifPresent(first -> {
                    throw new IllegalArgumentException(field + " must not be before the family was notified ("
                            + first + "): " + day);
                });
    }

    private MissingPerson ownSide(long personId, CurrentUser u) {
        MissingPerson p = persons.visible(personId);
        if (p.side() != u.side()) {
            throw new AccessDeniedException("person " + personId + " is of side " + p.side()
                    + ": its family liaison is recorded by that side");
        }
        return p;
    }

    private CurrentUser requireLiaison() {
        CurrentUser u = currentUsers.get();
        if (!u.has(Role.LIAISON) && !u.has(Role.CASE_OFFICER)) {
            throw new AccessDeniedException("family liaison records are for liaison staff and case officers only");
        }
        return u;
    }
}
