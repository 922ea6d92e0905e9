package org.homecoming.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a user of one side may see of the other: own-side records always, other-side
 * records once shared (and not revoked). Sharing a person needs the recorded consent of one of
 * the family's members to share, not withdrawn, or, for records without a family, a stated basis.
 *
 * <pre>{@code
 * sharing.share("PERSON", 42, Side.US, memberId, "consent form signed 2024-05-02");
 * sharing.visible(user, "PERSON", 42, Side.VN); // true for a US user now
 * }</pre>
 */
@Service
public class SharingService {

    /** Record types that can be shared. */
    public static final Set<String> TYPES = Set.of("PERSON", "REMAINS", "SAMPLE");

    private final JdbcClient jdbc;

    SharingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code user} may see a record of {@code recordSide}. */
    public boolean visible(CurrentUser user, String recordType, long recordId, Side recordSide) {
        return recordSide == user.side() || isShared(recordType, recordId, user.side());
    }

    public boolean isShared(String recordType, long recordId, Side toSide) {
        return jdbc.sql("SELECT COUNT(*) FROM sharing WHERE record_type = ? AND record_id = ? AND to_side = ?"
                        + " AND revoked_at IS NULL").params(recordType, recordId, toSide.name())
                .query(Long.class).single() > 0;
    }

    /** Ids of the records of a type shared with {@code side}. */
    public List<Long> sharedWith(String recordType, Side side) {
        return jdbc.sql("SELECT record_id FROM sharing WHERE record_type = ? AND to_side = ? AND revoked_at IS NULL")
                .params(recordType, side.name()).query(Long.class).list();
    }

    /** Records a sharing by the current user and returns it. */
    @Transactional
    public Sharing share(String recordType, long recordId, Side toSide, Long consentMember, String basis) {
        if (!TYPES.contains(recordType)) {
            throw new IllegalArgumentException("recordType must be one of " + TYPES + ": " + recordType);
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("consentBasis must say what allows the sharing: " + basis);
        }
        if ("PERSON".equals(recordType)) {
            String side = jdbc.sql("SELECT side FROM missing_person WHERE id = ?").param(recordId).query(String.class)
                    .optional().orElseThrow(() -> new IllegalArgumentException("recordId is not a person: " + recordId));
            if (!side.equals(toSide.other().name())) {
                throw new IllegalArgumentException("person " + recordId + " is not of side " + toSide.other()
                        + ": only a record of one's own side can be shared");
            }
        }
        if (consentMember != null) {
            checkConsent(recordType, recordId, consentMember);
        } else if ("PERSON".equals(recordType) && hasFamily(recordId)) {
            throw new IllegalArgumentException("consentMember must name the family member whose consent allows"
                    + " sharing person " + recordId);
        }
        String by = CurrentUser.get().username();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("INSERT INTO sharing (record_type, record_id, to_side, consent_member, consent_basis, shared_by, shared_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(recordType, recordId, toSide.name(), consentMember, basis.strip(), by, now).update();
        return list(recordType, recordId).get(0);
    }

    /** Sharings of a record, newest first. */
    public List<Sharing> list(String recordType, long recordId) {
        return jdbc.sql("SELECT * FROM sharing WHERE record_type = ? AND record_id = ? ORDER BY id DESC")
                .params(recordType, recordId).query(SharingService::map).list();
    }

    /** One sharing by its id. */
    public Optional<Sharing> find(long sharingId) {
        return jdbc.sql("SELECT * FROM sharing WHERE id = ?").param(sharingId).query(SharingService::map).optional();
    }

    /** Ends a sharing; the record is hidden from the other side again. */
    public boolean revoke(long sharingId) {
        return jdbc.sql("UPDATE sharing SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(), sharingId).update() == 1;
    }

    private void checkConsent(String recordType, long recordId, long member) {
        var row = jdbc.sql("SELECT person_id, consent_share, consent_withdrawn FROM family_member WHERE id = ?")
                .param(member).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getObject(3)})
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("consentMember is not a family member: " + member));
        if ("PERSON".equals(recordType) && (long) row[0] != recordId) {
            throw new IllegalArgumentException("consentMember " + member + " is not of the family of person " + recordId);
        }
        if (!(boolean) row[1] || row[2] != null) {
            throw new IllegalArgumentException("consentMember " + member + " has not consented to sharing (or withdrew)");
        }
    }

    private boolean hasFamily(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM family_member WHERE person_id = ?").param(personId)
                .query(Long.class).single() > 0;
    }

    private static Sharing map(ResultSet rs, int n) throws SQLException {
        return new Sharing(rs.getLong("id"), rs.getString("record_type"), rs.getLong("record_id"),
                Side.valueOf(rs.getString("to_side")), rs.getObject("consent_member", Long.class),
                rs.getString("consent_basis"), rs.getString("shared_by"), rs.getObject("shared_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
