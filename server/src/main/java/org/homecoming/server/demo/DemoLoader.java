package org.homecoming.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.StartupBanner;
import org.homecoming.server.security.UserService;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * With {@code homecoming.demo=true}: when the registry is empty, simulates a demonstration programme
 * into {@code DATA_DIR/programme} and imports it through the ordinary importer; creates the demo
 * users {@code officer}, {@code lab}, {@code lab2}, {@code field} (VN) and {@code us-liaison},
 * {@code us-lab}, {@code us-lab2} (US) with the admin's password: two laboratory analysts on each
 * side, so a four-eyes confirmation can be completed on either side. Runs after the admin is
 * created and before the search index is checked; the import runs as the installation's system user.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.data-dir=data/demo
 * }</pre>
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    /** Written last by the simulator, so its presence means the directory is complete. */
    private static final String COMPLETE = "manifest.properties";

    private final JdbcTemplate jdbc;
    private final ImportService imports;
    private final LocalInstallation installation;
    private final UserService users;
    private final StartupBanner banner;
    private final Path dataDir;
    private final SimulationSpec spec;
    private final String envPassword;
    /** The programme being simulated, or null when the registry already holds one. */
    private final CompletableFuture<Path> programme;

    DemoLoader(JdbcTemplate jdbc, ImportService imports, LocalInstallation installation, UserService users,
            StartupBanner banner,
            @Value("${homecoming.data-dir:./data}") String dataDir,
            @Value("${homecoming.demo.persons:3000}") int persons,
            @Value("${homecoming.demo.remains:600}") int remains,
            @Value("${homecoming.demo.seed:1975}") long seed,
            @Value("${HOMECOMING_ADMIN_PASSWORD:}") String envPassword) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.installation = installation;
        this.users = users;
        this.banner = banner;
        this.dataDir = Path.of(dataDir);
        this.spec = SimulationSpec.of(persons, remains, seed);
        this.envPassword = envPassword;
        // Simulating takes seconds of one core: when the registry is empty (the schema is migrated
        // before any bean using JdbcTemplate is made), start it now, beside the rest of the start.
        this.programme = registryIsEmpty() ? CompletableFuture.supplyAsync(this::simulateOnce, runnable -> {
            Thread t = new Thread(runnable, "demo-simulation");
            t.setDaemon(true);
            t.start();
        }) : null;
    }

    private boolean registryIsEmpty() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM missing_person", Long.class);
        return count != null && count == 0;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (programme != null && registryIsEmpty()) {
            long start = System.nanoTime();
            Path dir = programme.join();
            // No one signed in: the import is the installation's own, recorded as its system user.
            Map<String, Integer> written = installation.asSystem(() -> imports.commit(dir));
            log.info("Demo programme loaded in {} ms: {}", (System.nanoTime() - start) / 1_000_000, written);
        }
        demoUsers();
    }

    /**
     * The simulated programme's directory, simulated at most once: into a scratch directory renamed
     * when complete, so an interrupted first start never leaves half a programme to import.
     */
    private Path simulateOnce() {
        Path dir = dataDir.resolve("programme");
        if (Files.isRegularFile(dir.resolve(COMPLETE))) {
            return dir;
        }
        try {
            Path scratch = dataDir.resolve("programme.partial");
            FileSystemUtils.deleteRecursively(scratch);
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(scratch);
            ProgrammeSimulator.simulate(spec, scratch);
            Files.move(scratch, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not simulate the demo programme into " + dir, e);
        }
    }

    private void demoUsers() throws Exception {
        Path file = dataDir.resolve("admin-password.txt");
        String password = !envPassword.isEmpty() ? envPassword
                : Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        if (password == null) {
            return;
        }
        create("officer", password, Side.VN, Role.CASE_OFFICER);
        create("lab", password, Side.VN, Role.LAB_ANALYST);
        create("lab2", password, Side.VN, Role.LAB_ANALYST);
        create("field", password, Side.VN, Role.FIELD_TEAM);
        create("vnmac", password, Side.VN, Role.MINE_ACTION_OFFICER);
        create("qm", password, Side.VN, Role.QUALITY_MANAGER);
        create("remediation", password, Side.VN, Role.REMEDIATION_OFFICER);
        create("social", password, Side.VN, Role.SOCIAL_WORKER);
        create("us-social", password, Side.US, Role.SOCIAL_WORKER);
        create("us-liaison", password, Side.US, Role.LIAISON);
        create("us-lab", password, Side.US, Role.LAB_ANALYST);
        create("us-lab2", password, Side.US, Role.LAB_ANALYST);
        banner.credentials("Demo users: officer, lab, lab2, field, vnmac, qm, remediation, social (VN), us-liaison, us-lab, us-lab2,"
                + " us-social (US)"
                + " (same password as admin)");
    }

    private void create(String name, String password, Side side, Role role) {
        if (!users.exists(name)) {
            users.create(name, password, side, Set.of(role, Role.VIEWER));
        }
    }
}
