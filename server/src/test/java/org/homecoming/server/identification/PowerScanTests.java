package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerScanTests {

    static final FamilyPowerRepository.Basis CURRENT = new FamilyPowerRepository.Basis(null, 1, 1e4, 200, false);

    static FamilyPowerRepository.Basis row(String hash, boolean stale) {
        return new FamilyPowerRepository.Basis(hash, 1, 1e4, 200, stale);
    }

    static Map<Long, String> typed(Object... idAndHash) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (int i = 0; i < idAndHash.length; i += 2) {
            out.put(((Number) idAndHash[i]).longValue(), (String) idAndHash[i + 1]);
        }
        return out;
    }

    @Test
    void aFamilyWithoutPowerIsDueAtOnceAndACurrentOneIsLeftAlone() {
        PowerScan s = PowerScan.of(typed(1, "a", 2, "b"), Map.of(2L, row("b", false)), CURRENT, Map.of(), id -> false);
        assertThat(s.due()).containsExactly(1L);
        assertThat(s.newlyStale()).isEmpty();
        assertThat(s.changed()).isEmpty();
        assertThat(s.gone()).isEmpty();
    }

    @Test
    void powerComputedWithOtherSettingsIsDueAtOnce() {
        Map<Long, FamilyPowerRepository.Basis> stored = Map.of(
                1L, new FamilyPowerRepository.Basis("a", 2, 1e4, 200, false),
                2L, new FamilyPowerRepository.Basis("b", 1, 1e6, 200, false),
                3L, new FamilyPowerRepository.Basis("c", 1, 1e4, 1000, false));
        PowerScan s = PowerScan.of(typed(1, "a", 2, "b", 3, "c"), stored, CURRENT, Map.of(), id -> false);
        assertThat(s.due()).containsExactly(1L, 2L, 3L);
        assertThat(s.settled()).isZero();
    }

    @Test
    void changedDataMarkTheRowStaleAndAreDueOnlyWhenUnchangedForAScan() {
        Map<Long, FamilyPowerRepository.Basis> stored = Map.of(1L, row("old", false));
        PowerScan first = PowerScan.of(typed(1, "new"), stored, CURRENT, Map.of(), id -> false);
        assertThat(first.due()).isEmpty();
        assertThat(first.newlyStale()).containsExactly(1L);
        assertThat(first.changed()).containsExactly(Map.entry(1L, "new"));

        // A second reference arrives before the next scan: still changing, so it waits again.
        Map<Long, FamilyPowerRepository.Basis> marked = Map.of(1L, row("old", true));
        PowerScan second = PowerScan.of(typed(1, "newer"), marked, CURRENT, first.changed(), id -> false);
        assertThat(second.due()).isEmpty();
        assertThat(second.newlyStale()).as("already marked").isEmpty();
        assertThat(second.changed()).containsExactly(Map.entry(1L, "newer"));

        PowerScan third = PowerScan.of(typed(1, "newer"), marked, CURRENT, second.changed(), id -> false);
        assertThat(third.due()).containsExactly(1L);
        assertThat(third.settled()).isEqualTo(1);
        assertThat(third.changed()).isEmpty();
    }

    @Test
    void familiesTheJobIsBusyWithAreLeftAloneAndRowsOfFamiliesNoLongerTypedAreGone() {
        Map<Long, FamilyPowerRepository.Basis> stored = Map.of(1L, row("old", false), 9L, row("x", false));
        PowerScan s = PowerScan.of(typed(1, "new", 2, "b"), stored, CURRENT, Map.of(1L, "new"), id -> id == 1 || id == 2);
        assertThat(s.due()).isEmpty();
        assertThat(s.newlyStale()).isEmpty();
        assertThat(s.changed()).isEmpty();
        assertThat(s.gone()).containsExactly(9L);
    }
}
