package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores sites. */
@Repository
public class SiteRepository {

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Site s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site (ref, kind, name, province, lat, lon, wkt, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(s.ref(), s.kind(), s.name(), s.province(), s.lat(), s.lon(), s.wkt()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Site> find(long id) {
        return jdbc.sql("SELECT * FROM site WHERE id = ?").param(id).query(SiteRepository::map).optional();
    }

    public List<Site> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM site ORDER BY id LIMIT ? OFFSET ?").params(limit, offset)
                .query(SiteRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single();
    }

    static Site map(ResultSet rs, int n) throws SQLException {
        return new Site(rs.getLong("id"), rs.getString("ref"), rs.getString("kind"), rs.getString("name"),
                rs.getString("province"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("wkt"),
                rs.getInt("version"));
    }
}
