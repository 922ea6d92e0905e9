package org.homecoming.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homecoming serve}: the web app on a production database (PostgreSQL 15). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Run the web app on a database server (PostgreSQL).",
        description = {"Migrates the database (Flyway) and prints 'URL: http://localhost:PORT' once ready.",
            "The first start creates 'admin' with a random password printed once, or HOMECOMING_ADMIN_PASSWORD.",
            "The database password may also come from HOMECOMING_DB_PASSWORD, which keeps it out of the process list."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "e.g. jdbc:postgresql://localhost:5432/homecoming")
    String url;

    @Option(names = "--db-user", paramLabel = "U", description = "database user")
    String user;

    @Option(names = "--db-password", paramLabel = "P", description = "database password (or HOMECOMING_DB_PASSWORD)")
    String password;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "search index and uploaded files (default ./${DEFAULT-VALUE})")
    Path data;

    private final ServerLauncher launcher;

    ServeCommand() {
        this(ServerLauncher.fromHome(""));
    }

    ServeCommand(ServerLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db must be a JDBC URL such as jdbc:postgresql://host:5432/name: " + url);
        }
        ServerLauncher.requireFreePort(port);
        List<String> args = List.of("--server.port=" + port, "--homecoming.data-dir=" + data.toAbsolutePath().normalize());
        return launcher.run(args, datasource(), spec.commandLine().getErr());
    }

    /** Spring reads these environment variables as spring.datasource.*; secrets stay off the command line. */
    private Map<String, String> datasource() {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", url);
        // Empty rather than absent, so the embedded database's default user "sa" is not sent to the server.
        env.put("SPRING_DATASOURCE_USERNAME", user != null ? user : "");
        String pw = password != null ? password : System.getenv("HOMECOMING_DB_PASSWORD");
        env.put("SPRING_DATASOURCE_PASSWORD", pw != null ? pw : "");
        return env;
    }
}
