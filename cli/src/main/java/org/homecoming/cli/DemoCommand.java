package org.homecoming.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homecoming demo}: the web app on an embedded database holding a simulated programme. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Start the web app on an embedded database with a generated demonstration programme.",
        description = {"Creates (or reuses) an H2 database under --data, loads a simulated programme when it is empty, "
            + "and prints 'URL: http://localhost:PORT' and 'User: admin Password: ...' once ready.",
            "The admin password is random (kept in DATA/admin-password.txt) unless HOMECOMING_ADMIN_PASSWORD is set.",
            "Stop it with Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "data/demo", paramLabel = "DIR",
            description = "database, search index and uploads (default ./${DEFAULT-VALUE})")
    Path data;

    /**
     * A demonstration starts often and runs briefly: without the optimising compiler it needs about
     * half the CPU time to start (measured: 27 s instead of 61 s for a first start), which matters on
     * a two-core laptop more than peak speed does.
     */
    static final String JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

    private final ServerLauncher launcher;

    DemoCommand() {
        this(ServerLauncher.fromHome(JAVA_OPTIONS));
    }

    DemoCommand(ServerLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        ServerLauncher.requireFreePort(port);
        List<String> args = List.of("--server.port=" + port, "--homecoming.demo=true",
                "--homecoming.data-dir=" + data.toAbsolutePath().normalize());
        return launcher.run(args, Map.of(), spec.commandLine().getErr());
    }
}
