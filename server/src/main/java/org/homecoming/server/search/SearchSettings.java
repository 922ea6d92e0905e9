package org.homecoming.server.search;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the person index lives and how often its writes are made durable.
 *
 * <pre>{@code
 * new SearchSettings(Path.of("data/index"), false, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>With {@code inMemory} the directory is ignored and the index is lost on shutdown (tests).
 * Writes are visible to searches at once; {@code commitInterval} bounds what a crash can lose, which
 * the startup check then rebuilds from the registry.
 */
public record SearchSettings(Path indexDir, boolean inMemory, Duration commitInterval) {

    public SearchSettings {
        if (!inMemory && indexDir == null) {
            throw new IllegalArgumentException("indexDir must be set unless inMemory: null");
        }
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commitInterval must be positive: " + commitInterval);
        }
    }

    /** An in-memory index committing every second. */
    public static SearchSettings memory() {
        return new SearchSettings(null, true, Duration.ofSeconds(1));
    }

    /** An index in {@code dir} committing every five seconds. */
    public static SearchSettings onDisk(Path dir) {
        return new SearchSettings(dir, false, Duration.ofSeconds(5));
    }
}
