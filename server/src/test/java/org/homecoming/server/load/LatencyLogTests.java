package org.homecoming.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyLogTests {

    static final long MS = 1_000_000L;

    @Test
    void percentilesAreNearestRanksOverEveryRequest() {
        LatencyLog log = new LatencyLog();
        for (int i = 1; i <= 100; i++) {
            log.success(i * MS);
        }
        LatencyLog.Summary s = log.summary();
        assertThat(s.requests()).isEqualTo(100);
        assertThat(s.p50Ms()).isEqualTo(50.0);
        assertThat(s.p95Ms()).isEqualTo(95.0);
        assertThat(s.p99Ms()).isEqualTo(99.0);
        assertThat(s.maxMs()).isEqualTo(100.0);
    }

    @Test
    void conflictsAndErrorsAreCountedApartAndErrorsKeepAFewSamples() {
        LatencyLog log = new LatencyLog();
        log.success(3 * MS);
        log.conflict(4 * MS);
        for (int i = 0; i < 7; i++) {
            log.error(5 * MS, "GET /persons/" + i + " -> 500");
        }
        LatencyLog.Summary s = log.summary();
        assertThat(s.requests()).isEqualTo(9);
        assertThat(s.conflicts()).isEqualTo(1);
        assertThat(s.errors()).isEqualTo(7);
        assertThat(s.errorSamples()).hasSize(5).first().isEqualTo("GET /persons/0 -> 500");
    }

    @Test
    void aSingleRequestIsEveryPercentileAndNoneGivesZeros() {
        LatencyLog one = new LatencyLog();
        one.success(7 * MS);
        assertThat(one.summary().p50Ms()).isEqualTo(7.0);
        assertThat(one.summary().p99Ms()).isEqualTo(7.0);
        assertThat(new LatencyLog().summary().p95Ms()).isZero();
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> new LatencyLog().success(-1)).hasMessage("durationNanos must be >= 0: -1");
    }
}
