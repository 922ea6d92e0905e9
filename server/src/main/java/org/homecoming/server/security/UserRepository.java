package org.homecoming.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores user accounts in {@code app_user}; roles are kept as a comma-separated list.
 *
 * <pre>{@code
 * repository.account("lan").map(UserAccount::mustChangePassword);
 * }</pre>
 */
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
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = FALSE WHERE username = ?")
                .params(hash, username).update();
    }

    /** Inserts an account made by {@code by} and returns its id. */
    public long insert(AppUser u, String fullName, boolean mustChangePassword, String by) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, side, roles, enabled, created_at, full_name,"
                        + " must_change_password, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.username(), u.passwordHash(), u.side().name(), roleList(u.roles()), u.enabled(),
                        OffsetDateTime.now(), fullName, mustChangePassword, by)
                .update();
        return find(u.username()).orElseThrow().id();
    }

    public Optional<UserAccount> account(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(UserRepository::account).optional();
    }

    public Optional<UserAccount> account(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query(UserRepository::account).optional();
    }

    public List<UserAccount> accounts() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserRepository::account).list();
    }

    /** Changes name, roles and the enabled flag of an account. */
    public void update(long id, String fullName, Set<Role> roles, boolean enabled, String by) {
        jdbc.sql("UPDATE app_user SET full_name = ?, roles = ?, enabled = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(fullName, roleList(roles), enabled, OffsetDateTime.now(), by, id).update();
    }

    /** Replaces a password hash and says whether the user must change it at the next sign-in. */
    public void updatePassword(long id, String hash, boolean mustChange, String by) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ?, updated_at = ?, updated_by = ?"
                        + " WHERE id = ?")
                .params(hash, mustChange, OffsetDateTime.now(), by, id).update();
    }

    /**
     * The usernames of the enabled administrators, locked until the transaction ends, so two
     * concurrent changes cannot both remove "the other" last administrator.
     */
    public List<String> lockActiveAdmins() {
        return jdbc.sql("SELECT username, roles FROM app_user WHERE enabled = TRUE FOR UPDATE")
                .query((rs, n) -> roles(rs.getString("roles")).contains(Role.ADMIN) ? rs.getString("username") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String roleList(AppUser u) {
        return roleList(u.roles());
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String list) {
        return Arrays.stream(list.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Side.valueOf(rs.getString("side")), List.copyOf(roles(rs.getString("roles"))), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Side.valueOf(rs.getString("side")),
                roles(rs.getString("roles")),
                rs.getBoolean("enabled"));
    }
}
