package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.homecoming.server.registry.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows a search reads from the registry, one query per kind of row, each a record. Which rows a
 * query covers is chosen among fixed SQL texts; ids are bound, never written into the SQL.
 *
 * <pre>{@code
 * List<RemainsCall> calls = rows.remainsCalls(RemainsScope.OPEN, Set.of(7L)); // remains 7's calls if it is open
 * List<MemberCall> family = rows.memberCalls(null);                          // every consenting member's calls
 * }</pre>
 *
 * An empty id list matches nothing (the query is not run).
 */
@Repository
class GeneticDataRepository {

    /** Persons in these states have left the search. */
    static final String OPEN_PERSON = "status NOT IN ('IDENTIFIED', 'FAMILY_NOTIFIED', 'REBURIED', 'REPATRIATED')";
    /** Remains in these states have left the search. */
    static final String OPEN_REMAINS = "status NOT IN ('IDENTIFIED', 'REBURIED', 'REPATRIATED')";

    private static final String REMAINS_CALLS = "SELECT s.remains_id, c.locus, c.allele1, c.allele2, c.quality"
            + " FROM sample s JOIN str_call c ON c.sample_id = s.id JOIN remains r ON r.id = s.remains_id";
    private static final String REMAINS_CALLS_ORDER = " ORDER BY s.remains_id, s.id, c.locus";
    private static final String REMAINS_ROWS = "SELECT r.id, r.ref, r.site_id, r.sex_estimate FROM remains r";
    private static final String MEMBER_CALLS = "SELECT f.person_id, f.ref, c.locus, c.allele1, c.allele2 FROM sample s"
            + " JOIN str_call c ON c.sample_id = s.id JOIN family_member f ON f.id = s.family_member_id"
            + " WHERE f.consent_dna = TRUE AND f.consent_withdrawn IS NULL";
    private static final String MEMBER_CALLS_ORDER = " ORDER BY f.person_id, f.ref, s.id, c.locus";

    /** Which remains a read covers: those still to identify, or all (reports of identified remains). */
    enum RemainsScope {
        OPEN(REMAINS_CALLS + " WHERE r." + OPEN_REMAINS + REMAINS_CALLS_ORDER,
                REMAINS_CALLS + " WHERE r." + OPEN_REMAINS + " AND r.id IN (:ids)" + REMAINS_CALLS_ORDER,
                REMAINS_ROWS + " WHERE r." + OPEN_REMAINS + " ORDER BY r.id",
                REMAINS_ROWS + " WHERE r." + OPEN_REMAINS + " AND r.id IN (:ids) ORDER BY r.id"),
        ALL(REMAINS_CALLS + REMAINS_CALLS_ORDER,
                REMAINS_CALLS + " WHERE r.id IN (:ids)" + REMAINS_CALLS_ORDER,
                REMAINS_ROWS + " ORDER BY r.id",
                REMAINS_ROWS + " WHERE r.id IN (:ids) ORDER BY r.id");

        private final String calls;
        private final String callsOf;
        private final String rows;
        private final String rowsOf;

        RemainsScope(String calls, String callsOf, String rows, String rowsOf) {
            this.calls = calls;
            this.callsOf = callsOf;
            this.rows = rows;
            this.rowsOf = rowsOf;
        }

        static RemainsScope of(boolean openOnly) {
            return openOnly ? OPEN : ALL;
        }
    }

    /** One autosomal call of a sample of remains, with its quality ({@code DEGRADED} or not). */
    record RemainsCall(long remainsId, String locus, String allele1, String allele2, String quality) {
    }

    /** Remains as a search names them. */
    record RemainsRow(long id, String ref, long siteId, String sexEstimate) {
    }

    /** A lineage haplotype ({@code YSTR} or {@code MTDNA}) of a sample of remains, in sample order. */
    record RemainsHaplotype(long remainsId, String markerType, String haplotype) {
    }

    /** An unmerged missing person; {@code open} while still searched for. */
    record PersonRow(long id, String ref, String sex, boolean open) {
    }

    /** A row of a family; {@code representsPersonId} is the other missing person the row stands for, or null. */
    record FamilyRow(FamilyMember member, Long representsPersonId) {
    }

    /** One autosomal call of a consenting member, by the family's head (person id) and the member's ref. */
    record MemberCall(long personId, String memberRef, String locus, String allele1, String allele2) {
    }

    /** A lineage haplotype of a consenting member, in sample order. */
    record MemberHaplotype(long personId, String memberRef, String markerType, String haplotype) {
    }

    private final JdbcClient jdbc;

    GeneticDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Autosomal calls of the remains in {@code scope}, by remains, sample and locus; {@code only} limits to those ids (null: all). */
    List<RemainsCall> remainsCalls(RemainsScope scope, Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        var sql = only == null ? jdbc.sql(scope.calls) : jdbc.sql(scope.callsOf).param("ids", only);
        return sql.query((rs, n) -> new RemainsCall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5))).list();
    }

    /** The remains in {@code scope} by id; {@code only} limits to those ids (null: all). */
    List<RemainsRow> remainsRows(RemainsScope scope, Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        var sql = only == null ? jdbc.sql(scope.rows) : jdbc.sql(scope.rowsOf).param("ids", only);
        return sql.query((rs, n) -> new RemainsRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
    }

    /** Lineage haplotypes of every sample of remains, in sample order. */
    List<RemainsHaplotype> remainsHaplotypes() {
        return jdbc.sql("SELECT s.remains_id, h.marker_type, h.haplotype FROM sample s JOIN lineage_haplotype h"
                        + " ON h.sample_id = s.id WHERE s.remains_id IS NOT NULL ORDER BY s.id")
                .query((rs, n) -> new RemainsHaplotype(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Missing persons not merged into another record. */
    List<PersonRow> persons() {
        return jdbc.sql("SELECT p.id, p.ref, p.sex, CASE WHEN p." + OPEN_PERSON + " THEN 1 ELSE 0 END FROM missing_person p"
                        + " WHERE p.merged_into IS NULL ORDER BY p.id")
                .query((rs, n) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1)).list();
    }

    /** The rows of the families of unmerged persons, by head and row id. */
    List<FamilyRow> familyRows() {
        return jdbc.sql("SELECT f.* FROM family_member f JOIN missing_person p ON p.id = f.person_id"
                        + " WHERE p.merged_into IS NULL ORDER BY f.person_id, f.id")
                .query((rs, n) -> new FamilyRow(member(rs), rs.getObject("represents_person_id", Long.class))).list();
    }

    /** Autosomal calls of consenting members of these heads' families (null: all), by head, member, sample and locus. */
    List<MemberCall> memberCalls(Collection<Long> heads) {
        if (heads != null && heads.isEmpty()) {
            return List.of();
        }
        var sql = heads == null ? jdbc.sql(MEMBER_CALLS + MEMBER_CALLS_ORDER)
                : jdbc.sql(MEMBER_CALLS + " AND f.person_id IN (:ids)" + MEMBER_CALLS_ORDER).param("ids", heads);
        return sql.query((rs, n) -> new MemberCall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5))).list();
    }

    /** Lineage haplotypes of consenting members, in sample order. */
    List<MemberHaplotype> memberHaplotypes() {
        return jdbc.sql("SELECT f.person_id, f.ref, h.marker_type, h.haplotype FROM sample s JOIN lineage_haplotype h"
                        + " ON h.sample_id = s.id JOIN family_member f ON f.id = s.family_member_id"
                        + " WHERE f.consent_dna = TRUE AND f.consent_withdrawn IS NULL ORDER BY s.id")
                .query((rs, n) -> new MemberHaplotype(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static FamilyMember member(ResultSet rs) throws SQLException {
        return new FamilyMember(rs.getLong("id"), rs.getString("ref"), rs.getString("family_ref"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getString("sex"), rs.getObject("birth_year", Integer.class),
                rs.getString("relationship"), rs.getString("father_ref"), rs.getString("mother_ref"),
                rs.getBoolean("living"), rs.getString("contact"), rs.getBoolean("consent_dna"),
                rs.getBoolean("consent_share"), rs.getObject("consent_date", LocalDate.class),
                rs.getObject("consent_withdrawn", LocalDate.class), rs.getInt("version"));
    }
}
