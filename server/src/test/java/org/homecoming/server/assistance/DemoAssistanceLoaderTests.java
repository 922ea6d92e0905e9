package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.landrelease.safety.AccidentService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.assistance.AssistanceSimulator;
import org.homecoming.simulator.assistance.OrdnanceVictim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demonstration population goes in through the service whole, or not at all. */
@HomecomingTest
class DemoAssistanceLoaderTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalInstallation installation;
    @Autowired
    AssistanceRepository repository;
    @Autowired
    AssistanceService assistance;
    @Autowired
    AccidentService accidents;
    @Autowired
    ProvinceMap provinces;
    @Autowired
    TransactionTemplate transaction;

    private DemoAssistanceLoader loader(Path dir) {
        return new DemoAssistanceLoader(repository, assistance, accidents, provinces, installation, transaction,
                dir.toString(), 40, 7);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void thePopulationIsStoredWholeWithItsSurvivorsLinked(@TempDir Path dir) {
        List<OrdnanceVictim> victims = List.of(new OrdnanceVictim("VIC-2019-990001", "M", 14, 2019),
                new OrdnanceVictim("VIC-2019-990002", "F", 30, 2019));
        AssistanceSimulator.write(dir, 40, 7, victims);
        long persons = count("ast_person");
        long maxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM ast_person").query(Long.class).single();
        long lines = lines(dir.resolve("assessments.csv"));
        int[] counts = installation.asSystem(() -> transaction.execute(s -> loader(dir).load(dir)));
        assertThat(counts[0]).isEqualTo(40);
        assertThat(count("ast_person")).isEqualTo(persons + 40);
        assertThat(counts[2]).isEqualTo((int) lines);
        long linked = jdbc.sql("SELECT COUNT(*) FROM ast_cause WHERE victim_ref LIKE 'VIC-2019-99000%'").query(Long.class).single();
        assertThat(linked).isEqualTo(counts[1]).isBetween(0L, 2L);
        // Illustrative prevalence: nine in ten of the people enrolled have the Short Set identifier.
        long withDisability = jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM ast_assessment a JOIN ast_person p ON p.id = a.person_id"
                + " WHERE a.disability AND p.id > ?").param(maxBefore)
                .query(Long.class).single();
        assertThat(withDisability).isGreaterThan(25);
    }

    @Test
    void aRowTheServiceRefusesStopsTheLoadNamesItsLineAndKeepsNothing(@TempDir Path dir) throws Exception {
        AssistanceSimulator.write(dir, 10, 8, List.of());
        Path file = dir.resolve("assessments.csv");
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] f = rows.get(3).split(",");
        f[4] = "7";
        rows.set(3, String.join(",", f));
        Files.write(file, rows, StandardCharsets.UTF_8);
        long persons = count("ast_person");
        long providers = count("ast_provider");
        assertThatThrownBy(() -> installation.asSystem(() -> transaction.execute(s -> loader(dir).load(dir))))
                .hasMessageContaining("assessments.csv:4: answers.walking");
        assertThat(count("ast_person")).isEqualTo(persons);
        assertThat(count("ast_provider")).isEqualTo(providers);
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
