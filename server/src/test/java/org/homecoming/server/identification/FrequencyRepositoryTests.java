package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homecoming.server.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storing a frequency table is idempotent, also when several callers store the same table at once. On the
 * repositories' own database: the tables stored here must not become the active table of the identification tests.
 */
@RepositoryTest
class FrequencyRepositoryTests {

    @Autowired
    FrequencyRepository frequencies;
    @Autowired
    JdbcClient jdbc;

    private static String table(int seed) {
        return "# test table " + seed + "\nD3S1358\n14\t0.4\n15\t0.6\n";
    }

    @Test
    void theSameTableStoredTwiceIsOneRow() {
        long first = frequencies.store("twice", table(1), "test");
        long second = frequencies.store("twice again", table(1), "test");
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ident_frequency_db WHERE sha256 = ?")
                .param(FrequencyRepository.sha256(table(1))).query(Long.class).single()).isEqualTo(1);
    }

    /** The race CI once lost: the scheduled search and a test both stored the bundled table first. */
    @Test
    void callersStoringTheSameTableAtOnceAllGetItsOneRow() throws Exception {
        for (int round = 0; round < 5; round++) {
            String content = table(10 + round);
            int callers = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<Long>> ids = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    ids.add(pool.submit(() -> {
                        start.await();
                        return frequencies.store("raced", content, "test");
                    }));
                }
                start.countDown();
                Set<Long> distinct = new HashSet<>();
                for (Future<Long> id : ids) {
                    distinct.add(id.get());
                }
                assertThat(distinct).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
