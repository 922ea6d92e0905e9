package org.homecoming.server.imports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.homecoming.server.security.LocalInstallation;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hand-written test programme of {@code src/test/resources/programme}, imported once per context. */
public final class Fixture {

    private Fixture() {
    }

    public static Path dir() {
        try {
            return Path.of(Fixture.class.getResource("/programme/missing_persons.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the fixture unless it is already in the database, as the installation's system user. */
    public static synchronized void ensureImported(ImportService imports, LocalInstallation installation,
            JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM missing_person WHERE ref = 'T-MP-1'", Integer.class);
        if (n == 0) {
            installation.asSystem(() -> imports.commit(dir()));
        }
    }

    public static long id(JdbcTemplate jdbc, String table, String ref) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE ref = ?", Long.class, ref);
    }
}
