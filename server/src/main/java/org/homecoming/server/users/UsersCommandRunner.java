package org.homecoming.server.users;

import java.io.PrintStream;
import java.util.List;
import org.homecoming.server.security.UserAccount;
import org.springframework.boot.ApplicationArguments;

/**
 * The verbs of {@link UsersCommandMode}: {@code add}, {@code list}, {@code reset-password}, acting as
 * {@code cli:OS_USER} in the audit log.
 *
 * <pre>{@code
 * users add --username=lan --role=LAB_ANALYST --side=VN --full-name=Nguyễn Thị Lan
 * }</pre>
 */
class UsersCommandRunner {

    private final UserAdministration admin;

    UsersCommandRunner(UserAdministration admin) {
        this.admin = admin;
    }

    /** Runs the verb after {@code users} and returns the exit code. */
    int execute(ApplicationArguments args, PrintStream out) {
        List<String> words = args.getNonOptionArgs();
        String verb = words.size() > 1 ? words.get(1) : "";
        switch (verb) {
            case "add" -> add(args, out);
            case "list" -> admin.all().forEach(a -> out.println(line(a)));
            case "reset-password" -> printPassword(admin.resetPassword(admin.get(username(args)).id(), actor()), out);
            default -> throw new UserInputException("command", "command",
                    "users needs one of add, list, reset-password: " + (verb.isEmpty() ? "(none)" : verb));
        }
        out.flush();
        return 0;
    }

    private void add(ApplicationArguments args, PrintStream out) {
        String fullName = one(args, "full-name");
        IssuedPassword p = admin.create(new NewUser(username(args), fullName, values(args, "role"), one(args, "side"),
                null), actor());
        printPassword(p, out);
    }

    private static void printPassword(IssuedPassword p, PrintStream out) {
        UserAccount a = p.account();
        out.println("User: " + a.username() + " Password: " + p.oneTimePassword());
        out.println("Side: " + a.side() + " Roles: " + String.join(",", a.roles().stream().map(Enum::name).toList())
                + " (the password is shown once and must be changed at first sign-in)");
    }

    private static String line(UserAccount a) {
        return String.join("\t", a.username(), a.side().name(), String.join(",", a.roles().stream().map(Enum::name)
                .toList()), a.enabled() ? "enabled" : "disabled", a.mustChangePassword() ? "must-change-password" : "-",
                a.fullName() == null ? "" : a.fullName());
    }

    private static String username(ApplicationArguments args) {
        return one(args, "username");
    }

    private static List<String> values(ApplicationArguments args, String name) {
        List<String> v = args.getOptionValues(name);
        return v == null ? List.of() : v;
    }

    private static String one(ApplicationArguments args, String name) {
        List<String> v = values(args, name);
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
