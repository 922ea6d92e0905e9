package org.homecoming.server.archive.pfif;

import java.time.Instant;
import java.util.Set;

/**
 * A PFIF 1.4 note record: what someone reported about a person, with a status and a last known
 * location.
 *
 * <pre>{@code
 * new PfifNote("mia.gov.vn/note.MP-1", "mia.gov.vn/MP-1", "Cục Người có công", Instant.now(),
 *         "information_sought", "Đồi 31, Quảng Trị", "Hy sinh 1968, chưa tìm thấy hài cốt.");
 * }</pre>
 *
 * <p>{@code status} is null or one of {@link #STATUSES}; {@code personRecordId} may be null only
 * for a note written inside its person.
 */
public record PfifNote(String noteRecordId, String personRecordId, String authorName, Instant sourceDate,
        String status, String lastKnownLocation, String text) {

    /** The note status values of PFIF 1.4. */
    public static final Set<String> STATUSES = Set.of("information_sought", "is_note_author", "believed_alive",
            "believed_missing", "believed_dead");

    public PfifNote {
        Pfif.checkRecordId("note_record_id", noteRecordId);
        if (personRecordId != null) {
            Pfif.checkRecordId("person_record_id", personRecordId);
        }
        Pfif.required("author_name", authorName);
        if (sourceDate == null) {
            throw new IllegalArgumentException("source_date of note " + noteRecordId + " is required: null");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status of note " + noteRecordId + " must be one of"
                    + " information_sought, is_note_author, believed_alive, believed_missing, believed_dead: " + status);
        }
    }

    /** This note with its person's record id. */
    public PfifNote withPersonRecordId(String id) {
        return new PfifNote(noteRecordId, id, authorName, sourceDate, status, lastKnownLocation, text);
    }
}
