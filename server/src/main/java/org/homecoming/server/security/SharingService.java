package org.homecoming.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * the family's members to share their record (in force: not withdrawn), or, for records without a
 * family, a stated basis; the sharing lapses when that member withdraws.
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

    /**
     * A sharing is in force while not revoked and, when it rests on a family member's consent, while
     * that member's consent to share their record (latest RECORD entry dated up to today) stands.
     */
    private static final String IN_FORCE = " AND s.revoked_at IS NULL AND (s.consent_member IS NULL OR " + recordConsent("s.consent_member", "?") + ")";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    SharingService(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** Whether {@code user} may see a record of {@code recordSide}. */
    public boolean visible(CurrentUser user, String recordType, long recordId, Side recordSide) {
        return recordSide == user.side() || isShared(recordType, recordId, user.side());
    }

    public boolean isShared(String recordType, long recordId, Side toSide) {
        return jdbc.sql("SELECT COUNT(*) FROM sharing s WHERE s.record_type = ? AND s.record_id = ? AND s.to_side = ?"
                        + IN_FORCE).params(recordType, recordId, toSide.name(), LocalDate.now())
                .query(Long.class).single() > 0;
    }

    /** Ids of the records of a type shared with {@code side}. */
    public List<Long> sharedWith(String recordType, Side side) {
        return jdbc.sql("SELECT DISTINCT s.record_id FROM sharing s WHERE s.record_type = ? AND s.to_side = ?" + IN_FORCE)
                .params(recordType, side.name(), LocalDate.now()).query(Long.class).list();
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
        String by = currentUsers.get().username();
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
        long person = jdbc.sql("SELECT person_id FROM family_member WHERE id = ?").param(member).query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("consentMember is not a family member: " + member));
        if ("PERSON".equals(recordType) && person != recordId) {
            throw new IllegalArgumentException("consentMember " + member + " is not of the family of person " + recordId);
        }
        boolean consents = jdbc.sql("SELECT COUNT(*) FROM family_member f WHERE f.id = ? AND " + recordConsent("f.id", "?"))
                .params(member, LocalDate.now()).query(Long.class).single() > 0;
        if (!consents) {
            throw new IllegalArgumentException("consentMember " + member + " has not consented to sharing (or withdrew)");
        }
    }

    /** SQL: the member's latest RECORD consent entry dated up to {@code day} is a grant. */
    private static String recordConsent(String memberColumn, String day) {
        return "(SELECT c.granted FROM member_consent c WHERE c.member_id = " + memberColumn + " AND c.scope = 'RECORD'"
                + " AND c.effective_on <= " + day + " ORDER BY c.id DESC LIMIT 1) = TRUE";
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
