package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * One scan's verdict on the stored power of every typed family: which to compute now, which to mark
 * stale, which changed and wait for the next scan (the debounce), and which rows belong to families
 * no longer open or typed.
 *
 * <pre>{@code
 * PowerScan s = PowerScan.of(typed, rows.bases(), current, changedAtLastScan, busy);
 * s.due(); // queue these
 * }</pre>
 *
 * <p>A family with no row, or a row computed with other settings (frequency table, threshold,
 * simulations: {@code current}, whose data hash and stale flag are ignored), is due at once. A family
 * whose data fingerprint differs from its row's is stale; it is due when the fingerprint is the one
 * it had at the previous scan, so a family whose data are still changing waits. Families the job
 * is busy with are left alone.
 *
 * @param due person ids to compute, in the order of {@code typed}
 * @param settled how many of {@code due} changed since their power was computed
 * @param newlyStale person ids whose row is now out of date and not yet marked
 * @param changed person id → fingerprint, for the next scan
 * @param gone person ids with a row but no longer an open, typed family
 */
record PowerScan(List<Long> due, int settled, List<Long> newlyStale, Map<Long, String> changed, Set<Long> gone) {

    /**
     * @param typed person id → data fingerprint of each open family with a typed reference, in the
     *     order to compute them
     */
    static PowerScan of(Map<Long, String> typed, Map<Long, FamilyPowerRepository.Basis> stored,
            FamilyPowerRepository.Basis current, Map<Long, String> changedBefore, LongPredicate busy) {
        Set<Long> gone = new HashSet<>(stored.keySet());
        List<Long> due = new ArrayList<>();
        List<Long> newlyStale = new ArrayList<>();
        Map<Long, String> changed = new HashMap<>();
        int settled = 0;
        for (Map.Entry<Long, String> f : typed.entrySet()) {
            long id = f.getKey();
            String hash = f.getValue();
            FamilyPowerRepository.Basis b = stored.get(id);
            gone.remove(id);
            if (busy.test(id)) {
                continue;
            }
            if (b == null || b.frequencyDbId() != current.frequencyDbId() || b.threshold() != current.threshold()
                    || b.simulations() != current.simulations()) {
                due.add(id);
            } else if (!hash.equals(b.dataHash())) {
                if (!b.stale()) {
                    newlyStale.add(id);
                }
                if (hash.equals(changedBefore.get(id))) {
                    due.add(id);
                    settled++;
                } else {
                    changed.put(id, hash);
                }
            }
        }
        return new PowerScan(List.copyOf(due), settled, List.copyOf(newlyStale), Map.copyOf(changed), Set.copyOf(gone));
    }
}
