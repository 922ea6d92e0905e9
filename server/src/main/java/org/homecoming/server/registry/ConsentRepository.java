package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the consent history of family members (table {@code member_consent}): entries are only
 * ever added; what is in force on a day is computed from them.
 *
 * <pre>{@code
 * consents.add(new MemberConsent(0, memberId, ConsentScope.RECORD, true, today, "form F-12", "liaison1", now));
 * consents.inForce(List.of(memberId), today).get(memberId); // [RECORD]
 * }</pre>
 */
@Repository
public class ConsentRepository {

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(MemberConsent c) {
        jdbc.sql("INSERT INTO member_consent (member_id, scope, granted, effective_on, basis, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.memberId(), c.scope().name(), c.granted(), c.effectiveOn(), c.basis(), c.recordedBy(),
                        c.recordedAt())
                .update();
    }

    /** Every entry of a member, oldest first. */
    public List<MemberConsent> history(long memberId) {
        return jdbc.sql("SELECT * FROM member_consent WHERE member_id = ? ORDER BY id").param(memberId)
                .query(ConsentRepository::map).list();
    }

    /**
     * The scopes in force on {@code day} for each member: per scope, the last recorded entry whose
     * date is not after {@code day}, if it is a grant. Members with none map to an empty set.
     */
    public Map<Long, Set<ConsentScope>> inForce(Collection<Long> memberIds, LocalDate day) {
        Map<Long, Set<ConsentScope>> out = new HashMap<>();
        memberIds.forEach(id -> out.put(id, EnumSet.noneOf(ConsentScope.class)));
        if (memberIds.isEmpty()) {
            return out;
        }
        Set<String> decided = new HashSet<>();
        jdbc.sql("SELECT member_id, scope, granted FROM member_consent WHERE member_id IN (:members)"
                        + " AND effective_on <= :day ORDER BY id DESC")
                .param("members", memberIds).param("day", day)
                .query(rs -> {
                    long member = rs.getLong(1);
                    String scope = rs.getString(2);
                    if (decided.add(member + "/" + scope) && rs.getBoolean(3)) {
                        out.get(member).add(ConsentScope.valueOf(scope));
                    }
                });
        return out;
    }

    /** The scopes in force today for one member. */
    public Set<ConsentScope> inForce(long memberId) {
        return inForce(List.of(memberId), LocalDate.now()).get(memberId);
    }

    private static MemberConsent map(ResultSet rs, int n) throws SQLException {
        return new MemberConsent(rs.getLong("id"), rs.getLong("member_id"), ConsentScope.valueOf(rs.getString("scope")),
                rs.getBoolean("granted"), rs.getObject("effective_on", LocalDate.class), rs.getString("basis"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
