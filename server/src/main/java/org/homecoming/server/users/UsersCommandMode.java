package org.homecoming.server.users;

import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import org.homecoming.server.web.NotFoundException;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server jar run as a command on the accounts, for {@code ./homecoming users ...} (the CLI's
 * {@code UsersCommand} starts this command mode in a JVM of its own): migrates the database, acts
 * through {@link UserAdministration} (so the same checks and audit apply) and exits; 0 when done,
 * 2 with one line on bad input (an unknown user included), 1 when the database cannot be used (for
 * instance an H2 database held by a running server).
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.data-dir=data/demo users add --username=lan --role=LAB_ANALYST --side=VN
 * User: lan Password: k7QmZp3RtWx9aBcDeFgH
 * }</pre>
 */
public final class UsersCommandMode {

    static final String VERB = "users";
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    static final String IN_USE = "the database is in use by a running server: stop it first, or manage users on"
            + " its /users page or through /api/v1/users";
    private static final int H2_ALREADY_OPEN = 90020;

    private UsersCommandMode() {
    }

    /** Whether the arguments ask for this command (the first word that is not an option is {@code users}). */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(VERB::equals).orElse(false);
    }

    /** Runs the command and returns its exit code; the result goes to {@code out}, problems to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = "1".equals(System.getenv("HOMECOMING_DEBUG"));
        PrintStream standard = System.out;
        if (!debug) {
            // Libraries' start-up notices (spring-jcl's, for one) would mix with the result scripts read.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        }
        try (ConfigurableApplicationContext context = application(debug).run(args)) {
            return context.getBean(UsersCommandRunner.class).execute(new DefaultApplicationArguments(args), out);
        } catch (UserInputException | UserConflictException | NotFoundException e) {
            err.println("homecoming: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("homecoming: " + (heldByAServer(e) ? IN_USE : firstLine(rootCause(e).getMessage())));
            return FAILURE;
        } finally {
            System.setOut(standard);
            err.flush();
        }
    }

    private static SpringApplicationBuilder application(boolean debug) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(UsersCommandContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .registerShutdownHook(false);
        return debug ? app : app.properties("logging.level.root=OFF");
    }

    /** H2's "database already open" (90020): a running server holds the files. */
    private static boolean heldByAServer(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == H2_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
