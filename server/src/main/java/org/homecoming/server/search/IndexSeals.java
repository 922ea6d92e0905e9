package org.homecoming.server.search;

import jakarta.annotation.PreDestroy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proves at startup that each full-text index is in step with the database, by the seal both were
 * given at the last clean shutdown.
 *
 * <pre>{@code
 * if (!seals.trusted(index)) index.rebuild(all);   // at startup
 * }</pre>
 *
 * <p>At construction (before the web server accepts a request) the seals are read from the
 * {@code index_seal} table and removed from it, so any crash from then on leaves the table without
 * them and the next start rebuilds. At shutdown each index confirmed in step at this start
 * ({@link #confirmInStep}) is closed with a new random seal, which is then written to the table: a
 * crash between the two also leaves them different. Beans that
 * depend on this one (the initializers) run after it is built; it is destroyed before the indexes
 * and the data source it uses.
 */
@Component
public class IndexSeals {

    private static final Logger log = LoggerFactory.getLogger(IndexSeals.class);
    private final JdbcTemplate jdbc;
    private final List<SealableIndex> indexes;
    private final Map<String, String> found = new HashMap<>();
    private final Set<String> inStep = ConcurrentHashMap.newKeySet();

    public IndexSeals(JdbcTemplate jdbc, List<SealableIndex> indexes) {
        this.jdbc = jdbc;
        this.indexes = List.copyOf(indexes);
        jdbc.query("SELECT index_name, token FROM index_seal", rs -> {
            found.put(rs.getString("index_name"), rs.getString("token"));
        });
        jdbc.update("DELETE FROM index_seal");
    }

    /** Whether {@code index} opened with the seal the database held for it at this start. */
    public boolean trusted(SealableIndex index) {
        Optional<String> seal = index.openingSeal();
        boolean same = seal.isPresent() && seal.get().equals(found.get(index.sealName()));
        if (!same) {
            log.info("Index '{}' was not sealed together with the database at a clean shutdown (crash, restore "
                    + "or new index): it will be rebuilt", index.sealName());
        }
        return same;
    }

    /**
     * Records that {@code index} is in step with the database at this start: trusted, or rebuilt.
     * Only such an index is sealed at shutdown; one never confirmed (a start that failed before its
     * rebuild) stays unsealed and is rebuilt at the next start.
     */
    public void confirmInStep(SealableIndex index) {
        inStep.add(index.sealName());
    }

    /** Seals every index confirmed in step and records the seals; others get no row. */
    @PreDestroy
    public void sealAll() {
        for (SealableIndex index : indexes) {
            if (!inStep.contains(index.sealName())) {
                log.warn("Index '{}' was not confirmed in step at this start: left unsealed, rebuilt at the next start",
                        index.sealName());
                continue;
            }
            String seal = UUID.randomUUID().toString();
            try {
                index.closeSealed(seal);
                jdbc.update("DELETE FROM index_seal WHERE index_name = ?", index.sealName());
                jdbc.update("INSERT INTO index_seal (index_name, token) VALUES (?, ?)", index.sealName(), seal);
            } catch (RuntimeException e) {
                log.warn("Index '{}' could not be sealed; it will be rebuilt at the next start", index.sealName(), e);
            }
        }
    }
}
