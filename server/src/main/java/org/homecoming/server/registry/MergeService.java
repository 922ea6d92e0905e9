package org.homecoming.server.registry;

import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.search.DuplicateCandidate;
import org.homecoming.server.search.DuplicateCandidates;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates and explicit, logged, reversible merges. A merge changes nothing in the
 * merged record except a pointer to the survivor: it leaves search, its names become aliases of the
 * survivor, and undoing the merge restores it exactly.
 *
 * <pre>{@code
 * MergeRecord m = merges.merge(42, 97, "same register entry copied twice");
 * merges.undo(m.id());
 * }</pre>
 */
@Service
public class MergeService {

    private final PersonService persons;
    private final PersonRepository repository;
    private final PersonDocuments documents;
    private final DuplicateCandidates duplicates;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    MergeService(PersonService persons, PersonRepository repository, PersonDocuments documents,
            DuplicateCandidates duplicates, AuditLog audit, JdbcClient jdbc, CurrentUsers currentUsers) {
        this.persons = persons;
        this.repository = repository;
        this.documents = documents;
        this.duplicates = duplicates;
        this.audit = audit;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** Possible duplicates of a person, with the reasons, among records the user may see. */
    public List<DuplicateCandidate> duplicatesOf(long id) {
        MissingPerson p = persons.visible(id);
        return duplicates.find(documents.document(p)).stream()
                .filter(c -> repository.find(c.id()).map(o -> o.side() == p.side()).orElse(false)).toList();
    }

    @Transactional
    public MergeRecord merge(long survivorId, long mergedId, String reason) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("a person cannot be merged into itself: " + survivorId);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a merge needs a reason: say why the two records are the same person");
        }
        MissingPerson survivor = persons.visible(survivorId);
        MissingPerson merged = persons.visible(mergedId);
        if (survivor.mergedInto() != null || merged.mergedInto() != null) {
            throw new IllegalArgumentException("person " + (survivor.mergedInto() != null ? survivorId : mergedId)
                    + " is already merged into another record");
        }
        if (survivor.side() != merged.side()) {
            throw new IllegalArgumentException("records of different sides cannot be merged: " + survivorId + ", " + mergedId);
        }
        repository.setMergedInto(mergedId, survivorId);
        String by = currentUsers.get().username();
        jdbc.sql("INSERT INTO person_merge (survivor_id, merged_id, reason, merged_by, merged_at) VALUES (?, ?, ?, ?, ?)")
                .params(survivorId, mergedId, reason.strip(), by, OffsetDateTime.now()).update();
        audit.record(AuditAction.MERGE, PersonService.PERSON, mergedId, "into " + survivorId + ": " + reason.strip());
        documents.refresh(mergedId);
        documents.refresh(survivorId);
        return history(survivorId).get(0);
    }

    @Transactional
    public MergeRecord undo(long mergeId) {
        MergeRecord m = find(mergeId);
        if (m.undoneAt() != null) {
            throw new IllegalArgumentException("merge " + mergeId + " was already undone");
        }
        persons.visible(m.survivorId());
        repository.setMergedInto(m.mergedId(), null);
        jdbc.sql("UPDATE person_merge SET undone_by = ?, undone_at = ? WHERE id = ?")
                .params(currentUsers.get().username(), OffsetDateTime.now(), mergeId).update();
        audit.record(AuditAction.UNMERGE, PersonService.PERSON, m.mergedId(), "from " + m.survivorId());
        documents.refresh(m.mergedId());
        documents.refresh(m.survivorId());
        return find(mergeId);
    }

    /** Merges into or out of a person, newest first. */
    public List<MergeRecord> history(long personId) {
        return jdbc.sql("SELECT * FROM person_merge WHERE survivor_id = ? OR merged_id = ? ORDER BY id DESC")
                .params(personId, personId).query(MergeService::map).list();
    }

    private MergeRecord find(long id) {
        return jdbc.sql("SELECT * FROM person_merge WHERE id = ?").param(id).query(MergeService::map).optional()
                .orElseThrow(() -> new NotFoundException("merge", id));
    }

    private static MergeRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MergeRecord(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("merged_id"),
                rs.getString("reason"), rs.getString("merged_by"), rs.getObject("merged_at", OffsetDateTime.class),
                rs.getString("undone_by"), rs.getObject("undone_at", OffsetDateTime.class));
    }
}
