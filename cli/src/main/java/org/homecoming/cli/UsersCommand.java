package org.homecoming.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming users}: accounts created, listed and reset directly in the database, for the
 * first analysts of a new installation or when no administrator can sign in. The verbs run the
 * server jar as a command (it migrates the schema and applies the same rules and audit as the
 * {@code /users} page), so the command line links nothing of the server.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        header = "Create, list and reset user accounts directly in the database.",
        description = {"Runs while the server is stopped when the database is the embedded one (--data);",
            "a running server's accounts are managed on its /users page or through /api/v1/users."},
        subcommands = {HelpCommand.class, UsersCommand.Add.class, UsersCommand.ListAccounts.class,
            UsersCommand.ResetPassword.class})
final class UsersCommand {

    /** Runs {@code users VERB ARGS...} in the server jar with the database of {@code db}. */
    static int call(ServerLauncher launcher, CommandSpec spec, DatabaseOptions db, List<String> verbAndArgs)
            throws Exception {
        List<String> args = new ArrayList<>();
        args.add(db.dataDirArgument());
        args.add("users");
        args.addAll(verbAndArgs);
        return launcher.call(args, db.environment(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static ServerLauncher defaultLauncher() {
        return ServerLauncher.fromHome(DemoCommand.JAVA_OPTIONS);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Create a user and print a one-time password, to be changed at first sign-in.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "user name")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "ADMIN, CASE_OFFICER, LAB_ANALYST, FIELD_TEAM, LIAISON or VIEWER; repeat for several")
        List<String> roles;

        @Option(names = "--side", required = true, paramLabel = "VN|US", description = "the user's side")
        String side;

        @Option(names = "--full-name", paramLabel = "TEXT", description = "the user's full name")
        String fullName;

        @Mixin
        DatabaseOptions db;

        private final ServerLauncher launcher;

        Add() {
            this(defaultLauncher());
        }

        Add(ServerLauncher launcher) {
            this.launcher = launcher;
        }

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(List.of("add", "--username=" + username));
            roles.forEach(r -> args.add("--role=" + r));
            args.add("--side=" + side);
            if (fullName != null) {
                args.add("--full-name=" + fullName);
            }
            return UsersCommand.call(launcher, spec, db, args);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "List the accounts: name, side, roles, state, full name (tab-separated).")
    static final class ListAccounts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions db;

        private final ServerLauncher launcher;

        ListAccounts() {
            this(defaultLauncher());
        }

        ListAccounts(ServerLauncher launcher) {
            this.launcher = launcher;
        }

        @Override
        public Integer call() throws Exception {
            return UsersCommand.call(launcher, spec, db, List.of("list"));
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            header = "Replace a user's password with a one-time password, printed once.")
    static final class ResetPassword implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "user name")
        String username;

        @Mixin
        DatabaseOptions db;

        private final ServerLauncher launcher;

        ResetPassword() {
            this(defaultLauncher());
        }

        ResetPassword(ServerLauncher launcher) {
            this.launcher = launcher;
        }

        @Override
        public Integer call() throws Exception {
            return UsersCommand.call(launcher, spec, db, List.of("reset-password", "--username=" + username));
        }
    }
}
