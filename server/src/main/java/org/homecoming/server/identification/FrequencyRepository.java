package org.homecoming.server.identification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.simulator.SimulationSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frequency tables searches use. The newest stored table is the active one; when none was
 * stored, the table the simulator draws from (norSTR East Asian 2023) is stored and used.
 *
 * <pre>{@code
 * StoredFrequencies db = frequencies.active();
 * frequencies.store("NIST African American", text, "lab-vn"); // becomes active
 * }</pre>
 */
@Repository
class FrequencyRepository {

    static final String BUNDLED = "/org/homecoming/simulator/frequencies/" + SimulationSpec.DEFAULT_FREQUENCIES;
    private final JdbcClient jdbc;

    FrequencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public StoredFrequencies active() {
        Optional<StoredFrequencies> newest = jdbc.sql("SELECT * FROM ident_frequency_db ORDER BY id DESC LIMIT 1")
                .query(FrequencyRepository::map).optional();
        return newest.orElseGet(() -> find(store(SimulationSpec.DEFAULT_FREQUENCIES.replace(".txt", ""), bundled(), "system")));
    }

    public StoredFrequencies find(long id) {
        return jdbc.sql("SELECT * FROM ident_frequency_db WHERE id = ?").param(id).query(FrequencyRepository::map)
                .optional().orElseThrow(() -> new IllegalArgumentException("no frequency database " + id));
    }

    public List<StoredFrequencies> all() {
        return jdbc.sql("SELECT * FROM ident_frequency_db ORDER BY id").query(FrequencyRepository::map).list();
    }

    /**
     * Checks {@code content} with the engine's reader (an error names the line) and stores it, or
     * finds the same text stored before; returns its id.
     */
    public long store(String name, String content, String by) {
        FrequencyTableReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, name);
        String sha = sha256(content);
        Optional<Long> same = jdbc.sql("SELECT id FROM ident_frequency_db WHERE sha256 = ?").param(sha).query(Long.class)
                .optional();
        if (same.isPresent()) {
            return same.get();
        }
        // Two callers can store the same table at once (the first search of an empty installation and
        // the scheduled one): the second insert yields to the first instead of failing on the unique sha256.
        jdbc.sql("INSERT INTO ident_frequency_db (name, sha256, content, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
                .params(name, sha, content, by, OffsetDateTime.now()).update();
        return jdbc.sql("SELECT id FROM ident_frequency_db WHERE sha256 = ?").param(sha).query(Long.class).single();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bundled() {
        try (InputStream in = SimulationSpec.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled frequency table missing: " + BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoredFrequencies map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredFrequencies(rs.getLong("id"), rs.getString("name"), rs.getString("sha256"), rs.getString("content"));
    }
}
