package org.homecoming.server.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores links from documents and artifacts to what they mention, with their provenance.
 *
 * <pre>{@code
 * links.insert("DOCUMENT", 7, 2, "Nguyễn Văn Thành, C2 D3 E48", "PERSON", 42L, null, "officer1");
 * links.toTarget("PERSON", 42); // every document passage linked to person 42
 * }</pre>
 */
@Repository
public class LinkRepository {

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Link insert(String sourceType, long sourceId, Integer pageNo, String passage, String targetType,
            Long targetId, String targetText, String by) {
        OffsetDateTime now = OffsetDateTime.now();
        Link probe = new Link(0, sourceType, sourceId, pageNo, passage, targetType, targetId, targetText, by, now);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO archive_link (source_type, source_id, page_no, passage, target_type, target_id,"
                        + " target_text, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sourceType, sourceId, pageNo, passage, targetType, targetId, targetText, by, now)
                .update(keys, "id");
        return new Link(keys.getKey().longValue(), probe.sourceType(), sourceId, pageNo, passage, targetType,
                targetId, targetText, by, now);
    }

    public List<Link> of(String sourceType, long sourceId) {
        return jdbc.sql("SELECT * FROM archive_link WHERE source_type = ? AND source_id = ? ORDER BY page_no, id")
                .params(sourceType, sourceId).query(LinkRepository::map).list();
    }

    public List<Link> toTarget(String targetType, long targetId) {
        return jdbc.sql("SELECT * FROM archive_link WHERE target_type = ? AND target_id = ? ORDER BY id")
                .params(targetType, targetId).query(LinkRepository::map).list();
    }

    static Link map(ResultSet rs, int n) throws SQLException {
        return new Link(rs.getLong("id"), rs.getString("source_type"), rs.getLong("source_id"),
                rs.getObject("page_no", Integer.class), rs.getString("passage"), rs.getString("target_type"),
                rs.getObject("target_id", Long.class), rs.getString("target_text"), rs.getString("linked_by"),
                rs.getObject("linked_at", OffsetDateTime.class));
    }
}
