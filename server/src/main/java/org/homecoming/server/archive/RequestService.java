package org.homecoming.server.archive;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests between the two sides: one side asks (what, about whom), the other answers, and either
 * moves the request on. Both sides see a request between them; nobody else's side is involved.
 *
 * <pre>{@code
 * ExchangeRequest r = requests.ask("Burial register of E48, March 1968", 42L, null, "all pages");
 * requests.answer(r.id(), "Sent in package 3f0c…", "3f0c…");   // by a user of the other side
 * }</pre>
 *
 * <p>Asking and answering are for case officers, liaisons and administrators; a request may be
 * about a person only if the asker may see that person.
 */
@Service
public class RequestService {

    private final RequestRepository requests;
    private final PersonService persons;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    RequestService(RequestRepository requests, PersonService persons, ArchiveAccess access, AuditLog audit,
            CurrentUsers currentUsers) {
        this.requests = requests;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public ExchangeRequest ask(String subject, Long personId, String about, String details) {
        CurrentUser u = currentUsers.get();
        access.requireRequester(u);
        String s = Nfc.clean(subject);
        if (s == null || s.length() > 500) {
            throw new IllegalArgumentException("subject must be 1 to 500 characters: " + subject);
        }
        if (personId != null) {
            persons.visible(personId);
        }
        long id = requests.insert(u.side(), u.side().other(), s, personId, limit(Nfc.clean(about), 500, "about"),
                limit(Nfc.clean(details), 4000, "details"), u.username());
        audit.record(AuditAction.CREATE, "REQUEST", id, s);
        return requests.find(id).orElseThrow();
    }

    public ExchangeRequest find(long id) {
        ExchangeRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("request", id));
        CurrentUser u = currentUsers.get();
        if (r.fromSide() != u.side() && r.toSide() != u.side()) {
            throw new NotFoundException("request", id);
        }
        return r;
    }

    public List<ExchangeRequest> list(String status, int offset, int limit) {
        if (status != null && !ExchangeRequest.STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + ExchangeRequest.STATUSES + ": " + status);
        }
        return requests.of(currentUsers.get().side(), status, offset, limit);
    }

    /** An answer by the asked side; the request becomes ANSWERED. */
    @Transactional
    public ExchangeRequest answer(long id, String text, String packageSha256) {
        CurrentUser u = currentUsers.get();
        access.requireRequester(u);
        ExchangeRequest r = find(id);
        if (r.toSide() != u.side()) {
            throw new IllegalArgumentException("request " + id + " is answered by side " + r.toSide() + ", not " + u.side());
        }
        String t = Nfc.clean(text);
        if (t == null) {
            throw new IllegalArgumentException("answer text must not be blank: " + text);
        }
        String sha = Nfc.clean(packageSha256);
        if (sha != null && !sha.matches("[0-9a-f]{12,64}")) {
            throw new IllegalArgumentException("package must be given by its SHA-256 (hexadecimal): " + packageSha256);
        }
        requests.answer(id, limit(t, 4000, "answer"), sha, u.username());
        move(r, "ANSWERED");
        return requests.find(id).orElseThrow();
    }

    /** Moves a request to another status (either side). */
    @Transactional
    public ExchangeRequest setStatus(long id, String status, int seenVersion) {
        CurrentUser u = currentUsers.get();
        access.requireRequester(u);
        ExchangeRequest r = find(id);
        if (!ExchangeRequest.STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + ExchangeRequest.STATUSES + ": " + status);
        }
        if (r.version() != seenVersion) {
            throw new StaleVersionException("request", id, seenVersion);
        }
        move(r, status);
        return requests.find(id).orElseThrow();
    }

    private void move(ExchangeRequest r, String status) {
        if (!requests.setStatus(r.id(), status, r.version())) {
            throw new StaleVersionException("request", r.id(), r.version());
        }
        audit.record(AuditAction.UPDATE, "REQUEST", r.id(), r.status() + " -> " + status);
    }

    private static String limit(String s, int max, String field) {
        if (s != null && s.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters: " + s.length());
        }
        return s;
    }
}
