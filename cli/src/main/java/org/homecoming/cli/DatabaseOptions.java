package org.homecoming.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the accounts live, shared by the {@code users} verbs: the embedded H2 files under
 * {@code --data} (those of {@code ./homecoming demo} by default) or a database server given by
 * {@code --db} (PostgreSQL), whose credentials travel in the environment as for {@code serve}.
 */
final class DatabaseOptions {

    static final String DEFAULT_DATA = "data/demo";
    /** The file H2 keeps the database in, under the data directory. */
    static final String H2_FILE = "homecoming.mv.db";

    @Option(names = "--data", paramLabel = "DIR",
            description = "data directory of the embedded database (default ./" + DEFAULT_DATA + ", the demo's);"
                    + " with --db unused by these commands")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "a database server instead, e.g. "
            + "jdbc:postgresql://localhost:5432/homecoming")
    String url;

    @Option(names = "--db-user", paramLabel = "U", description = "database user")
    String user;

    @Option(names = "--db-password", paramLabel = "P", description = "database password (or HOMECOMING_DB_PASSWORD)")
    String password;

    /** The server's data directory argument, after checking the choice of database. */
    String dataDirArgument() {
        if (url != null && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db must be a JDBC URL such as jdbc:postgresql://host:5432/name: " + url);
        }
        Path dir = (data != null ? data : Path.of(DEFAULT_DATA)).toAbsolutePath().normalize();
        if (url == null && !Files.isRegularFile(dir.resolve(H2_FILE))) {
            throw new IllegalArgumentException("--data " + dir + " holds no database (" + H2_FILE + "): give the --data"
                    + " directory of ./homecoming demo, or --db for a database server");
        }
        return "--homecoming.data-dir=" + dir;
    }

    /** Spring reads these as spring.datasource.*; empty with --data, where the server's own default applies. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        if (url != null) {
            env.put("SPRING_DATASOURCE_URL", url);
            env.put("SPRING_DATASOURCE_USERNAME", user != null ? user : "");
            String pw = password != null ? password : System.getenv("HOMECOMING_DB_PASSWORD");
            env.put("SPRING_DATASOURCE_PASSWORD", pw != null ? pw : "");
        }
        return env;
    }
}
