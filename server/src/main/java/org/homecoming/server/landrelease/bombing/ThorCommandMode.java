package org.homecoming.server.landrelease.bombing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.homecoming.server.security.LocalInstallation;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server jar run as {@code thor import --file=FILE}, for {@code ./homecoming thor import} (the CLI's
 * {@code ThorCommand} starts it in a JVM of its own): migrates the database, imports the file as the
 * installation's system user, prints the counts as JSON and exits; 0 when done, 2 on bad input, 1 when the
 * database cannot be used. Progress goes to {@code err} as lines {@code progress BYTES ROWS}, which the CLI
 * draws as a bar.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.data-dir=data/demo thor import --file=thor.csv
 * {"imported":4,"duplicates":0,"rejected":{"MISSING_DATE":1},...}
 * }</pre>
 */
public final class ThorCommandMode {

    static final String VERB = "thor";
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    static final String IN_USE = "the database is in use by a running server: stop it first, or import through"
            + " POST /api/v1/bombing/imports";
    private static final int H2_ALREADY_OPEN = 90020;

    private ThorCommandMode() {
    }

    /** Whether the arguments ask for this command (the first word that is not an option is {@code thor}). */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(VERB::equals).orElse(false);
    }

    /** Runs the command and returns its exit code; the counts go to {@code out}, progress and problems to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = "1".equals(System.getenv("HOMECOMING_DEBUG"));
        PrintStream standard = System.out;
        if (!debug) {
            // Libraries' start-up notices (spring-jcl's, printed when the first Spring class logs, which
            // reading the arguments already does) would mix with the JSON that scripts read.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        }
        try {
            Path file = file(new DefaultApplicationArguments(args), err);
            return file == null ? BAD_INPUT : importFile(args, file, debug, out, err);
        } finally {
            System.setOut(standard);
            err.flush();
        }
    }

    private static int importFile(String[] args, Path file, boolean debug, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = application(debug).run(args);
                InputStream in = Files.newInputStream(file)) {
            ThorImporter importer = context.getBean(ThorImporter.class);
            ThorImportResult r = context.getBean(LocalInstallation.class).asSystem(() -> importer.importFile(
                    file.getFileName().toString(), in, (bytes, rows) -> err.println("progress " + bytes + " " + rows)));
            out.println(new ObjectMapper().findAndRegisterModules().writeValueAsString(r));
            out.flush();
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("homecoming: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("homecoming: " + (heldByAServer(e) ? IN_USE : rootMessage(e)));
            return FAILURE;
        }
    }

    private static Path file(DefaultApplicationArguments args, PrintStream err) {
        var words = args.getNonOptionArgs();
        if (words.size() < 2 || !words.get(1).equals("import")) {
            err.println("homecoming: thor needs the verb import: " + String.join(" ", words));
            return null;
        }
        var files = args.getOptionValues("file");
        Path file = files == null || files.isEmpty() ? null : Path.of(files.get(files.size() - 1));
        if (file == null || !Files.isRegularFile(file)) {
            err.println("homecoming: --file must name a THOR CSV file: " + file);
            return null;
        }
        return file;
    }

    private static SpringApplicationBuilder application(boolean debug) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ThorCommandContext.class)
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }
}
