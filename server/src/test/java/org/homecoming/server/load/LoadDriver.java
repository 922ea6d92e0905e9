package org.homecoming.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The load test of issue 10: N virtual users (officers and analysts) against a running server on
 * this machine for a bounded time, then a Markdown report of per-endpoint latencies, errors and
 * conflicts, and a check that no write was lost. Exit code 0 when there was no error and no lost
 * write, 1 otherwise, 2 for bad options. Run by {@code scripts/load/run-load.sh}.
 *
 * <pre>{@code
 * java ... org.homecoming.server.load.LoadDriver --url http://127.0.0.1:18080 --users 50 --duration 300 \
 *     --password-file DATA/admin-password.txt --out target/load-test/report.md
 * }</pre>
 */
public final class LoadDriver {

    private static final int WRITE_POOL = 20;
    private static final int QUEUE_WAIT_SECONDS = 180;
    private static final long GRACE_SECONDS = 60;

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings s;
        try {
            s = LoadSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(s) ? 0 : 1);
    }

    static boolean run(LoadSettings s) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Traffic setup = new Traffic(Long.MAX_VALUE);
        UserAgent officer = new UserAgent(s.url(), s.officers().get(0), s.password(), setup);
        UserAgent analyst = new UserAgent(s.url(), s.analysts().get(0), s.password(), setup);
        Fixtures f = Fixtures.discover(officer, analyst, json, WRITE_POOL, QUEUE_WAIT_SECONDS, System.out);
        WriteLedger ledger = new WriteLedger();
        for (long id : f.writePool()) {
            ledger.initial(id, Fixtures.read(officer, json, "/api/v1/persons/" + id).get("person").get("version").asInt());
        }
        System.out.printf("load: %d persons, %d queries, %d remains, %d review remains, %d candidates; %d users for %d s%n",
                f.persons().size(), f.queries().size(), f.remains().size(), f.reviewRemains().size(),
                f.candidates().size(), s.users(), s.duration().toSeconds());
        long start = System.nanoTime();
        long end = start + s.duration().toNanos();
        watchdog(s.duration());
        Traffic traffic = new Traffic(start + s.warmup().toNanos());
        Random seeds = new Random(s.seed());
        List<Thread> users = new ArrayList<>();
        // logins spread over the first half of the warm-up, at most 200 ms apart
        long stagger = Math.min(200, s.warmup().toMillis() / 2 / s.users());
        int officers = 0;
        for (int i = 0; i < s.users(); i++) {
            Persona p = Persona.of(i);
            List<String> names = p == Persona.ANALYST ? s.analysts() : s.officers();
            officers += p == Persona.OFFICER ? 1 : 0;
            UserAgent ua = new UserAgent(s.url(), names.get(i % names.size()), s.password(), traffic);
            Thread t = new Thread(new VirtualUser(ua, p, f, ledger, end, s.think(), new Random(seeds.nextLong()), json,
                    Duration.ofMillis(i * stagger)),
                    "load-user-" + i);
            t.setDaemon(true);
            users.add(t);
            t.start();
        }
        for (Thread t : users) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 35_000);
        }
        Duration measured = Duration.ofNanos(Math.max(0, System.nanoTime() - start - s.warmup().toNanos()));
        WriteLedger.Check check = ledger.verify(id -> person(officer, json, id));
        String report = LoadReport.markdown(s, traffic, check, measured, officers, s.users() - officers);
        Files.createDirectories(s.out().toAbsolutePath().getParent());
        Files.writeString(s.out(), report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(report);
        System.out.println("load: report written to " + s.out());
        return LoadReport.clean(traffic, check);
    }

    private static JsonNode person(UserAgent officer, ObjectMapper json, long id) {
        return Fixtures.read(officer, json, "/api/v1/persons/" + id).get("person");
    }

    /** Ends the JVM if the run has not finished {@value #GRACE_SECONDS} s after its planned end (hung connections). */
    private static void watchdog(Duration planned) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(planned.toMillis() + GRACE_SECONDS * 1000);
                System.err.println("load: still running " + GRACE_SECONDS + " s after the planned end; stopping");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "load-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
