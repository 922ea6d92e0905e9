package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every package sent and received (what, when, with whom, under which consent), and
 * the origin of every imported record, by which a record sent again is recognised.
 *
 * <pre>{@code
 * log.packageSent(sha, "vn-mia", "US", created, "agreement 2024-05", "3 persons, 1 document", omitted, "liaison");
 * log.origin("PERSON", "us-dpaa", "US-17"); // Optional[Origin[localId=42, contentSha256=…]]
 * }</pre>
 */
@Repository
public class ExchangeLog {

    /** A package sent (OUT) or received (IN). */
    public record PackageEntry(long id, String direction, String sha256, String installationId, String toSide,
            OffsetDateTime created, String consentBasis, String summary, String omitted, String byUser,
            OffsetDateTime at) {
    }

    /** Where an imported record came from and the SHA-256 of its content when imported. */
    public record Origin(long localId, String contentSha256) {
    }

    /** Where a record imported here came from: the installation that sent it and its ref there. */
    public record OriginRef(String installationId, String originRef) {
    }

    /** The registry tables {@link #refExists} looks in, each with its own fixed SQL. */
    private enum RefTable {
        FAMILY_MEMBER("family_member", "SELECT COUNT(*) FROM family_member WHERE ref = ?"),
        SAMPLE("sample", "SELECT COUNT(*) FROM sample WHERE ref = ?");

        private final String table;
        private final String countSql;

        RefTable(String table, String countSql) {
            this.table = table;
            this.countSql = countSql;
        }

        static RefTable of(String table) {
            for (RefTable t : values()) {
                if (t.table.equals(table)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("table must be family_member or sample: " + table);
        }
    }

    private final JdbcClient jdbc;

    ExchangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String direction, String sha, String installationId, String toSide, Instant created,
            String consentBasis, String summary, String omitted, String by) {
        jdbc.sql("INSERT INTO exchange_package (direction, sha256, installation_id, to_side, created, consent_basis,"
                        + " summary, omitted, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(direction, sha, installationId, toSide, created.atOffset(ZoneOffset.UTC),
                        consentBasis == null ? "" : consentBasis, summary, omitted, by, OffsetDateTime.now())
                .update();
    }

    public List<PackageEntry> packages() {
        return jdbc.sql("SELECT * FROM exchange_package ORDER BY id DESC").query((rs, n) -> new PackageEntry(
                rs.getLong("id"), rs.getString("direction"), rs.getString("sha256"), rs.getString("installation_id"),
                rs.getString("to_side"), rs.getObject("created", OffsetDateTime.class), rs.getString("consent_basis"),
                rs.getString("summary"), rs.getString("omitted"), rs.getString("by_user"),
                rs.getObject("at", OffsetDateTime.class))).list();
    }

    public boolean received(String sha) {
        return jdbc.sql("SELECT COUNT(*) FROM exchange_package WHERE direction = 'IN' AND sha256 = ?").param(sha)
                .query(Long.class).single() > 0;
    }

    public Optional<Origin> origin(String type, String installationId, String ref) {
        return jdbc.sql("SELECT local_id, content_sha256 FROM exchange_origin WHERE record_type = ?"
                        + " AND installation_id = ? AND origin_ref = ?").params(type, installationId, ref)
                .query((rs, n) -> new Origin(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Where a record imported here came from: installation id and ref there. */
    public Optional<OriginRef> originOf(String type, long localId) {
        return jdbc.sql("SELECT installation_id, origin_ref FROM exchange_origin WHERE record_type = ? AND local_id = ?")
                .params(type, localId).query((rs, n) -> new OriginRef(rs.getString(1), rs.getString(2))).optional();
    }

    public void recordOrigin(String type, long localId, String installationId, String ref, String contentSha) {
        jdbc.sql("DELETE FROM exchange_origin WHERE record_type = ? AND local_id = ?").params(type, localId).update();
        jdbc.sql("INSERT INTO exchange_origin (record_type, local_id, installation_id, origin_ref, content_sha256,"
                        + " imported_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(type, localId, installationId, ref, contentSha, OffsetDateTime.now()).update();
    }

    /** Whether a row with {@code ref} exists in a registry table that has a unique ref column. */
    public boolean refExists(String table, String ref) {
        return jdbc.sql(RefTable.of(table).countSql).param(ref).query(Long.class).single() > 0;
    }
}
