package org.homecoming.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores user accounts in {@code app_user}; roles are kept as a comma-separated list. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(UserRepository::map).optional();
    }

    public List<AppUser> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserRepository::map).list();
    }

    public long insert(AppUser u) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, side, roles, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(u.username(), u.passwordHash(), u.side().name(), roleList(u), u.enabled(), OffsetDateTime.now())
                .update();
        return find(u.username()).orElseThrow().id();
    }

    public void updatePassword(String username, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(hash, username).update();
    }

    private static String roleList(AppUser u) {
        return u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Side.valueOf(rs.getString("side")),
                Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                rs.getBoolean("enabled"));
    }
}
