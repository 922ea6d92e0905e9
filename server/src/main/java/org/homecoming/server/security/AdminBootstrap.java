package org.homecoming.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} user on first start; there is no default password.
 *
 * <p>The password is {@code HOMECOMING_ADMIN_PASSWORD} when set (and is then re-applied and shown at
 * every start), otherwise 20 random characters printed once. In demo mode the generated password is
 * also kept in {@code DATA_DIR/admin-password.txt} (owner read/write only) and shown at every start,
 * because a demonstration is restarted by people who did not see the first start.
 */
@Component
@Order(-100)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String PASSWORD_FILE = "admin-password.txt";

    private final UserService users;
    private final StartupBanner banner;
    private final String envPassword;
    private final boolean demo;
    private final Path dataDir;
    private final Side side;

    AdminBootstrap(UserService users, StartupBanner banner,
            @Value("${HOMECOMING_ADMIN_PASSWORD:}") String envPassword,
            @Value("${homecoming.demo:false}") boolean demo,
            @Value("${homecoming.data-dir:./data}") String dataDir,
            @Value("${homecoming.side}") String side) {
        this.users = users;
        this.banner = banner;
        this.envPassword = envPassword;
        this.demo = demo;
        this.dataDir = Path.of(dataDir);
        this.side = Side.parse(side);
    }

    @Override
    public void run(ApplicationArguments args) {
        banner.credentials(ensureAdmin());
    }

    /** Creates or updates the admin account and returns the line to print about it. */
    String ensureAdmin() {
        if (!envPassword.isEmpty()) {
            if (!users.exists(ADMIN)) {
                users.create(ADMIN, envPassword, side, Set.of(Role.ADMIN));
            } else if (!users.passwordMatches(ADMIN, envPassword)) {
                users.setPassword(ADMIN, envPassword);
            }
            return line(envPassword);
        }
        if (!users.exists(ADMIN)) {
            String password = randomPassword();
            users.create(ADMIN, password, side, Set.of(Role.ADMIN));
            if (demo) {
                keep(password);
            }
            return line(password);
        }
        if (demo && Files.isRegularFile(passwordFile())) {
            return line(read());
        }
        return "User: admin Password: (printed at first start; set HOMECOMING_ADMIN_PASSWORD to reset it)";
    }

    static String randomPassword() {
        return GeneratedPassword.next();
    }

    private static String line(String password) {
        return "User: admin Password: " + password;
    }

    private Path passwordFile() {
        return dataDir.resolve(PASSWORD_FILE);
    }

    private void keep(String password) {
        try {
            Files.createDirectories(dataDir);
            Path f = passwordFile();
            Files.deleteIfExists(f);
            Files.createFile(f);
            try {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                f.toFile().setReadable(false, false);
                f.toFile().setReadable(true, true);
            }
            Files.writeString(f, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read() {
        try {
            return Files.readString(passwordFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
