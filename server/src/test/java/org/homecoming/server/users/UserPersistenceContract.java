package org.homecoming.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homecoming.server.users.UserApiTests.unique;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserAccount;
import org.homecoming.server.security.UserRepository;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What user management stores and reads back, on each database the server supports
 * ({@link UsersOnH2Tests}, {@link UsersOnPostgresTests}): the new columns of V300, several roles,
 * time stamps, the forced-change flag, and the locked count of administrators.
 */
abstract class UserPersistenceContract {

    @Autowired
    UserAdministration admin;
    @Autowired
    UserRepository users;
    @Autowired
    UserService login;
    @Autowired
    AuditLog audit;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void anAccountIsStoredWithItsRolesSideNameAndMetadata() {
        String name = unique("nga");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        IssuedPassword p = admin.create(new NewUser(name, "Phạm Thị Nga", List.of("lab_analyst", "LIAISON", "VIEWER"),
                "us", null), "root");
        UserAccount a = users.account(p.account().id()).orElseThrow();
        assertThat(a.username()).isEqualTo(name);
        assertThat(a.fullName()).isEqualTo("Phạm Thị Nga");
        assertThat(a.side()).isEqualTo(Side.US);
        assertThat(a.roles()).containsExactly(Role.LAB_ANALYST, Role.LIAISON, Role.VIEWER);
        assertThat(a.enabled()).isTrue();
        assertThat(a.mustChangePassword()).isTrue();
        assertThat(a.createdBy()).isEqualTo("root");
        assertThat(a.createdAt()).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(a.updatedAt()).isNull();
        assertThat(login.passwordMatches(name, p.oneTimePassword())).isTrue();
        assertThat(users.find(name).orElseThrow().passwordHash()).startsWith("{bcrypt}").doesNotContain(p.oneTimePassword());
    }

    @Test
    void changesResetsAndOwnChangesAreStored() {
        String name = unique("hai");
        long id = admin.create(new NewUser(name, null, List.of("VIEWER"), "VN", null), "root").account().id();
        admin.update(id, new AccountChange("Lê Hải", List.of("FIELD_TEAM", "VIEWER"), false), "root");
        UserAccount a = users.account(id).orElseThrow();
        assertThat(a.fullName()).isEqualTo("Lê Hải");
        assertThat(a.roles()).containsExactly(Role.FIELD_TEAM, Role.VIEWER);
        assertThat(a.enabled()).isFalse();
        assertThat(a.updatedBy()).isEqualTo("root");
        assertThat(a.updatedAt()).isCloseTo(OffsetDateTime.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.SECONDS));
        assertThat(login.loadUserByUsername(name).isEnabled()).isFalse();

        String once = admin.resetPassword(id, "root").oneTimePassword();
        admin.changeOwnPassword(name, once, "her own long passphrase");
        assertThat(users.account(id).orElseThrow().mustChangePassword()).isFalse();
        assertThat(login.passwordMatches(name, "her own long passphrase")).isTrue();
        assertThat(audit.recent("USER", name, 0, 10)).hasSize(4);
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
        String other = unique("boss");
        long otherId = admin.create(new NewUser(other, null, List.of("ADMIN"), "VN", null), "admin").account().id();
        // Leave "admin" as the only enabled administrator, whatever other tests created.
        List<UserAccount> others = users.accounts().stream()
                .filter(a -> a.isActiveAdmin() && !a.username().equals("admin")).toList();
        others.forEach(a -> admin.update(a.id(), new AccountChange(null, null, false), "admin"));
        try {
            onlyAdminLeft(other, otherId);
        } finally {
            others.forEach(a -> admin.update(a.id(), new AccountChange(null, null, true), "admin"));
        }
    }

    private void onlyAdminLeft(String other, long otherId) {
        assertThat(users.lockActiveAdmins()).containsExactly("admin");
        long adminId = users.account("admin").orElseThrow().id();
        assertThatThrownBy(() -> admin.update(adminId, new AccountChange(null, null, false), other))
                .isInstanceOf(UserConflictException.class)
                .hasMessage("the last enabled administrator (admin) cannot be disabled or lose the ADMIN role");
        assertThatThrownBy(() -> admin.update(adminId, new AccountChange(null, List.of("VIEWER"), null), other))
                .isInstanceOf(UserConflictException.class);
        assertThat(users.account("admin").orElseThrow().isActiveAdmin()).isTrue();

        admin.update(otherId, new AccountChange(null, null, true), "admin");
        admin.update(adminId, new AccountChange(null, List.of("ADMIN", "LAB_ANALYST"), null), other);
        assertThat(users.account("admin").orElseThrow().roles()).containsExactly(Role.ADMIN, Role.LAB_ANALYST);
        admin.update(adminId, new AccountChange(null, List.of("ADMIN"), null), other);
    }
}
