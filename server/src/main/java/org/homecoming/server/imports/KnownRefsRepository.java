package org.homecoming.server.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the file ids already in the registry, which an import may refer to and may not reuse.
 *
 * <pre>{@code
 * KnownRefs known = refs.known();
 * refs.refs(RefTable.SITE); // [S-001, S-002]
 * }</pre>
 */
@Repository
class KnownRefsRepository {

    /** A registry table with a unique {@code ref} column; each reads with its own fixed SQL. */
    enum RefTable {
        MISSING_PERSON("SELECT ref FROM missing_person"),
        SITE("SELECT ref FROM site"),
        REMAINS("SELECT ref FROM remains"),
        SAMPLE("SELECT ref FROM sample");

        private final String sql;

        RefTable(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient jdbc;

    KnownRefsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every ref the registry holds, by kind, and the family of each missing person already in one. */
    KnownRefs known() {
        return new KnownRefs(refs(RefTable.MISSING_PERSON), memberRefs(), refs(RefTable.SITE), refs(RefTable.REMAINS),
                refs(RefTable.SAMPLE), personFamilies());
    }

    /** The refs of {@code table}. */
    Set<String> refs(RefTable table) {
        return new HashSet<>(jdbc.sql(table.sql).query(String.class).list());
    }

    /** Refs of family members a sample may be attached to: a row standing for another missing person is no such member. */
    Set<String> memberRefs() {
        return new HashSet<>(jdbc.sql("SELECT ref FROM family_member WHERE represents_person_id IS NULL")
                .query(String.class).list());
    }

    /** Missing person ref → family ref, for persons heading a family or standing in one as a row. */
    Map<String, String> personFamilies() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT p.ref, f.family_ref FROM family_member f JOIN missing_person p ON p.id = f.person_id"
                        + " UNION SELECT p.ref, f.family_ref FROM family_member f JOIN missing_person p"
                        + " ON p.id = f.represents_person_id")
                .query(rs -> {
                    out.putIfAbsent(rs.getString(1), rs.getString(2));
                });
        return out;
    }
}
