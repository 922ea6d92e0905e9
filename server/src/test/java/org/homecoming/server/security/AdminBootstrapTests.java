package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class AdminBootstrapTests {

    /** Users kept in a map instead of a database. */
    static UserService users() {
        Map<String, AppUser> store = new HashMap<>();
        UserRepository repo = new UserRepository(null) {
            @Override
            public Optional<AppUser> find(String username) {
                return Optional.ofNullable(store.get(username));
            }

            @Override
            public long insert(AppUser u) {
                store.put(u.username(), u);
                return store.size();
            }

            @Override
            public void updatePassword(String username, String hash) {
                AppUser u = store.get(username);
                store.put(username, new AppUser(u.id(), username, hash, u.side(), u.roles(), true));
            }
        };
        @SuppressWarnings("deprecation")
        var encoder = NoOpPasswordEncoder.getInstance();
        return new UserService(repo, encoder);
    }

    @Test
    void theFirstStartCreatesAdminWithARandomPasswordPrintedOnce(@TempDir Path dir) {
        UserService users = users();
        AdminBootstrap b = new AdminBootstrap(users, new StartupBanner(), "", false, dir.toString(), "VN");
        String first = b.ensureAdmin();
        assertThat(first).matches("User: admin Password: [A-Za-z0-9]{20}");
        assertThat(users.passwordMatches("admin", first.substring("User: admin Password: ".length()))).isTrue();
        assertThat(b.ensureAdmin()).isEqualTo("User: admin Password: (printed at first start;"
                + " set HOMECOMING_ADMIN_PASSWORD to reset it)");
        assertThat(dir.resolve("admin-password.txt")).doesNotExist();
    }

    @Test
    void thePasswordFromTheEnvironmentIsUsedAndShownEachTime(@TempDir Path dir) {
        UserService users = users();
        users.create("admin", "an-older-password", Side.VN, java.util.Set.of(Role.ADMIN));
        AdminBootstrap b = new AdminBootstrap(users, new StartupBanner(), "a-new-password-1", false, dir.toString(), "VN");
        assertThat(b.ensureAdmin()).isEqualTo("User: admin Password: a-new-password-1");
        assertThat(users.passwordMatches("admin", "a-new-password-1")).isTrue();
    }

    @Test
    void theDemoKeepsItsPasswordInAFileOnlyTheOwnerCanRead(@TempDir Path dir) throws Exception {
        AdminBootstrap b = new AdminBootstrap(users(), new StartupBanner(), "", true, dir.toString(), "VN");
        String first = b.ensureAdmin();
        Path file = dir.resolve("admin-password.txt");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(b.ensureAdmin()).isEqualTo(first);
    }

    @Test
    void aShortPasswordIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users().create("lan", "short", Side.VN,
                java.util.Set.of(Role.VIEWER))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must have at least 12 characters: 5 given");
    }
}
