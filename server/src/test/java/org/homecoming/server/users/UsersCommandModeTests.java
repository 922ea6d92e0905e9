package org.homecoming.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The server jar's {@code users} command, as {@code ./homecoming users} runs it, on H2 files and PostgreSQL. */
class UsersCommandModeTests {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> database, String... command) {
        out.reset();
        err.reset();
        List<String> args = new ArrayList<>(database);
        args.add("--homecoming.security.bcrypt-strength=4");
        args.addAll(List.of(command));
        return UsersCommandMode.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> h2() {
        return List.of("--homecoming.data-dir=" + data);
    }

    private String h2Url() {
        return "jdbc:h2:file:" + data + "/homecoming;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    /** Adds {@code name}, checks what is stored, and returns the one-time password printed. */
    private String addsAUserWhoseOneTimePasswordIsStoredHashed(List<String> db, String url, String user) throws SQLException {
        int code = run(db, "users", "add", "--username=lan", "--role=LAB_ANALYST", "--role=viewer", "--side=vn",
                "--full-name=Nguyễn Thị Lan");
        assertThat(code).as(err()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("User: lan Password: [A-Za-z0-9]{20}");
        assertThat(lines.get(1)).isEqualTo("Side: VN Roles: LAB_ANALYST,VIEWER (the password is shown once and must be"
                + " changed at first sign-in)");
        String once = lines.get(0).substring("User: lan Password: ".length());
        try (Connection c = DriverManager.getConnection(url, user, "");
                ResultSet rs = c.createStatement().executeQuery("SELECT password_hash, must_change_password, full_name,"
                        + " created_by FROM app_user WHERE username = 'lan'")) {
            assertThat(rs.next()).isTrue();
            assertThat(new BCryptPasswordEncoder().matches(once, rs.getString(1).substring("{bcrypt}".length()))).isTrue();
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getString(3)).isEqualTo("Nguyễn Thị Lan");
            assertThat(rs.getString(4)).isEqualTo("cli:" + System.getProperty("user.name"));
        }
        try (Connection c = DriverManager.getConnection(url, user, "");
                ResultSet rs = c.createStatement().executeQuery("SELECT username, detail FROM audit_log"
                        + " WHERE entity_type = 'USER' AND entity_id = 'lan'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("cli:" + System.getProperty("user.name"));
            assertThat(rs.getString(2)).isEqualTo("created lan (side VN; roles [LAB_ANALYST, VIEWER]; one-time password"
                    + " issued)").doesNotContain(once);
        }
        return once;
    }

    @Nested
    class OnH2 {

        @Test
        void addListAndResetOnTheEmbeddedDatabaseFiles() throws SQLException {
            String once = addsAUserWhoseOneTimePasswordIsStoredHashed(h2(), h2Url(), "sa");
            assertThat(run(h2(), "users", "list")).isZero();
            assertThat(out()).isEqualTo("lan\tVN\tLAB_ANALYST,VIEWER\tenabled\tmust-change-password\tNguyễn Thị Lan"
                    + System.lineSeparator());
            assertThat(run(h2(), "users", "reset-password", "--username=lan")).isZero();
            assertThat(out()).startsWith("User: lan Password: ").doesNotContain(once);
        }

        @Test
        void badInputIsOneLineAndExitCode2() {
            assertThat(run(h2(), "users", "add", "--username=lan", "--role=GENETICIST", "--side=VN")).isEqualTo(2);
            assertThat(err()).isEqualTo("homecoming: roles must each be one of ADMIN, CASE_OFFICER, LAB_ANALYST,"
                    + " FIELD_TEAM, LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER, SOCIAL_WORKER: GENETICIST" + System.lineSeparator());
            assertThat(run(h2(), "users", "add", "--username=lan", "--role=VIEWER")).isEqualTo(2);
            assertThat(err()).isEqualTo("homecoming: side must be VN or US: null" + System.lineSeparator());
            assertThat(run(h2(), "users", "add", "--username=lan", "--role=VIEWER", "--side=US")).isZero();
            assertThat(run(h2(), "users", "add", "--username=lan", "--role=VIEWER", "--side=US")).isEqualTo(2);
            assertThat(err()).isEqualTo("homecoming: username already taken: lan" + System.lineSeparator());
            assertThat(run(h2(), "users", "reset-password", "--username=nobody")).isEqualTo(2);
            assertThat(err()).isEqualTo("homecoming: user not found: nobody" + System.lineSeparator());
            assertThat(run(h2(), "users", "remove")).isEqualTo(2);
            assertThat(err()).isEqualTo("homecoming: users needs one of add, list, reset-password: remove"
                    + System.lineSeparator());
            assertThat(out()).isEmpty();
        }

        @Test
        void aDatabaseHeldByARunningServerIsAFailureSaidInOneLine() throws Exception {
            assertThat(run(h2(), "users", "list")).isZero();
            Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), DatabaseHolder.class.getName(), h2Url()).start();
            try {
                assertThat(new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("held");
                assertThat(run(h2(), "users", "list")).isEqualTo(1);
                assertThat(err()).isEqualTo("homecoming: " + UsersCommandMode.IN_USE + System.lineSeparator());
            } finally {
                holder.getOutputStream().close();
                holder.waitFor();
            }
        }
    }

    @Nested
    class OnPostgres {

        @Test
        void addsTheUserInThePostgresDatabase() throws SQLException {
            Map<String, Object> props = new HashMap<>();
            EmbeddedPostgresDatabase.register((name, value) -> props.put(name, value.get()));
            List<String> db = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
            addsAUserWhoseOneTimePasswordIsStoredHashed(db, (String) props.get("spring.datasource.url"), "postgres");
        }
    }
}
