package org.homecoming.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.search.NameParts;
import org.homecoming.server.search.VietnameseNames;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, changes and deletes missing persons: checks who may see them, keeps the
 * status history, the sources and the audit log, and keeps the search index in step after commit.
 *
 * <pre>{@code
 * MissingPerson p = service.create(form);
 * service.update(p.id(), changedForm); // StaleVersionException if form.version is not p.version
 * }</pre>
 */
@Service
public class PersonService {

    static final String PERSON = "PERSON";

    private final PersonRepository persons;
    private final PersonDocuments documents;
    private final AuditLog audit;
    private final SharingService sharing;
    private final ProvinceMap provinces;
    private final CurrentUsers currentUsers;

    PersonService(PersonRepository persons, PersonDocuments documents, AuditLog audit, SharingService sharing,
            ProvinceMap provinces, CurrentUsers currentUsers) {
        this.persons = persons;
        this.documents = documents;
        this.audit = audit;
        this.sharing = sharing;
        this.provinces = provinces;
        this.currentUsers = currentUsers;
    }

    /** The person, if the current user may see it; the view is audited. */
    @Transactional
    public MissingPerson view(long id) {
        MissingPerson p = visible(id);
        audit.record(AuditAction.VIEW, PERSON, id, null);
        return p;
    }

    /** The person, if the current user may see it (not audited: for lists and checks). */
    public MissingPerson visible(long id) {
        MissingPerson p = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
        if (!sharing.visible(currentUsers.get(), PERSON, id, p.side())) {
            throw new NotFoundException("person", id);
        }
        return p;
    }

    /** A person entered through the form or the API: own side only, audited. */
    @Transactional
    public MissingPerson create(PersonForm f) {
        checkOwnSide(f.getSide());
        MissingPerson p = toPerson(0, "MP-" + UUID.randomUUID().toString().substring(0, 13), f, 0);
        StatusRules.requireEditable(null, p.status());
        long id = create(new NewPerson(p, f.aliasList(), "DOCUMENT", p.source()), currentUsers.get().username());
        audit.record(AuditAction.CREATE, PERSON, id, p.fullName());
        return persons.find(id).orElseThrow();
    }

    /**
     * Registers one person as {@link #createAll} does, and brings the search index in step after
     * commit; returns its id. The caller decides what else to audit.
     */
    @Transactional
    public long create(NewPerson n, String by) {
        long id = createAll(List.of(n), by).get(0);
        documents.refresh(id);
        return id;
    }

    /**
     * Registers persons in batches: each with its present-day province, its aliases, the fact source
     * of the record and the first step of its status history by {@code by}; returns their ids in the
     * order given. The search index is the caller's to rebuild (a bulk import rebuilds it once).
     */
    @Transactional
    public List<Long> createAll(List<NewPerson> news, String by) {
        List<MissingPerson> people = news.stream().map(n -> n.person()
                .withHomeProvinceCurrent(provinces.current(n.person().homeProvince()).orElse(null))).toList();
        List<Long> ids = persons.insertAll(people);
        List<PersonRepository.Alias> aliases = new ArrayList<>();
        List<PersonRepository.NewFactSource> sources = new ArrayList<>();
        List<PersonRepository.NewStatusChange> history = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
            NewPerson n = news.get(i);
            long id = ids.get(i);
            n.aliases().forEach(a -> aliases.add(new PersonRepository.Alias(id, a, n.person().source())));
            sources.add(new PersonRepository.NewFactSource(id, "record", n.sourceKind(), n.sourceReference()));
            history.add(new PersonRepository.NewStatusChange(id, n.person().status(), by, null, false));
        }
        persons.addAliases(aliases);
        persons.addFactSources(sources);
        persons.addStatusChanges(history);
        return ids;
    }

    @Transactional
    public MissingPerson update(long id, PersonForm f) {
        MissingPerson old = visible(id);
        checkOwnSide(old.side().name());
        if (f.getVersion() == null) {
            throw new IllegalArgumentException("version must be given to update person " + id + ": null");
        }
        if (!old.side().name().equals(f.getSide())) {
            throw new IllegalArgumentException("side of person " + id + " cannot change: " + f.getSide());
        }
        MissingPerson p = toPerson(id, old.ref(), f, f.getVersion());
        StatusRules.requireEditable(old.status(), p.status());
        if (!persons.update(p, f.getVersion())) {
            throw new StaleVersionException(PERSON.toLowerCase(), id, f.getVersion());
        }
        persons.replaceAliases(id, f.aliasList(), p.source());
        if (!p.source().equals(old.source())) {
            persons.addFactSource(id, "record", "DOCUMENT", p.source());
        }
        if (p.status() != old.status()) {
            persons.addStatusChange(id, p.status(), currentUsers.get().username());
        }
        audit.record(AuditAction.UPDATE, PERSON, id, Changes.between(old, p));
        documents.refresh(id);
        return persons.find(id).orElseThrow();
    }

    /**
     * Moves a person to {@code status} as a step of the workflow that holds its evidence (a
     * confirmed identification, a notification, reburial or repatriation record): refused unless
     * the case stands where that step follows ({@link StatusRules#requireStep}); status history with
     * the evidence, audit line and search index kept in step.
     */
    @Transactional
    public MissingPerson changeStatus(long id, PersonStatus status, String evidence) {
        MissingPerson o = visible(id);
        StatusRules.requireStep(o, status);
        return move(o, status, evidence, false, o.version());
    }

    /**
     * An administrator's correction of a wrong status, to any status, with the reason; recorded in
     * the history as a correction and audited with the reason.
     */
    @Transactional
    public MissingPerson correctStatus(long id, PersonStatus status, String reason, int seenVersion) {
        if (!currentUsers.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("a status correction is for administrators only");
        }
        String why = Nfc.clean(reason);
        if (why == null || why.length() < StatusCorrectionForm.MIN_REASON) {
            throw new IllegalArgumentException("reason must be at least " + StatusCorrectionForm.MIN_REASON
                    + " characters: say what was wrong and on which record the correction stands");
        }
        MissingPerson o = visible(id);
        if (status == o.status()) {
            throw new IllegalArgumentException("status of person " + id + " is already " + status);
        }
        return move(o, status, why, true, seenVersion);
    }

    private MissingPerson move(MissingPerson o, PersonStatus status, String why, boolean correction, int seen) {
        if (!persons.update(o.withStatus(status), seen)) {
            throw new StaleVersionException(PERSON.toLowerCase(), o.id(), seen);
        }
        persons.addStatusChange(o.id(), status, currentUsers.get().username(), why, correction);
        audit.record(AuditAction.UPDATE, PERSON, o.id(), (correction ? "status correction " : "status ") + o.status()
                + " -> " + status + ": " + why);
        documents.refresh(o.id());
        return persons.find(o.id()).orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        MissingPerson p = visible(id);
        checkOwnSide(p.side().name());
        persons.delete(id);
        audit.record(AuditAction.DELETE, PERSON, id, p.fullName());
        documents.refresh(id);
    }

    /** Refuses a change to a record of the other side (the system user may change any). */
    void checkOwnSide(String side) {
        CurrentUser u = currentUsers.get();
        if (!u.isSystem() && !u.side().name().equals(side)) {
            throw new IllegalArgumentException("side must be the user's own side (" + u.side() + "): " + side);
        }
    }

    /** The form's person, cleaned to NFC; a Vietnamese name given whole is split into its parts. */
    private MissingPerson toPerson(long id, String ref, PersonForm f, int version) {
        MissingPerson p = f.toPerson(id, ref, version, Nfc::clean);
        if (p.familyName() == null && p.middleName() == null && p.givenName() == null && p.side() == Side.VN) {
            NameParts parts = VietnameseNames.parse(p.fullName());
            p = p.withNameParts(parts.family(), parts.middle(), parts.given());
        }
        return p.withHomeProvinceCurrent(provinces.current(p.homeProvince()).orElse(null));
    }
}
