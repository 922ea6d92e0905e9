package org.homecoming.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongFunction;

/**
 * Proof that no write was lost: every successful edit of a person is noted with the version the
 * server answered and the unique token it wrote; afterwards each person's version must have
 * advanced by exactly the number of successful edits, no two edits may have been given the same
 * version, and the person must hold the token of the edit with the highest version.
 *
 * <pre>{@code
 * ledger.initial(42, 3);
 * ledger.succeeded(42, 4, "officer-1f2e");
 * WriteLedger.Check c = ledger.verify(id -> readPerson(id)); // c.lost() is empty
 * }</pre>
 */
final class WriteLedger {

    /** One successful edit. */
    record Write(long personId, int version, String token) {
    }

    /** The outcome of the check: persons edited, edits made, and one line per lost or forged write. */
    record Check(int persons, int writes, List<String> lost) {
    }

    private final Map<Long, Integer> initialVersions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

    void initial(long personId, int version) {
        initialVersions.put(personId, version);
    }

    void succeeded(long personId, int version, String token) {
        writes.add(new Write(personId, version, token));
    }

    /** Compares the ledger with each edited person as the server now gives it ({@code read}: id to person JSON). */
    Check verify(LongFunction<JsonNode> read) {
        Map<Long, List<Write>> byPerson = new HashMap<>();
        for (Write w : writes) {
            byPerson.computeIfAbsent(w.personId(), k -> new ArrayList<>()).add(w);
        }
        List<String> lost = new ArrayList<>();
        for (var e : byPerson.entrySet()) {
            long id = e.getKey();
            List<Write> ws = e.getValue();
            ws.sort(Comparator.comparingInt(Write::version));
            JsonNode now = read.apply(id);
            int expected = initialVersions.getOrDefault(id, 0) + ws.size();
            if (now.get("version").asInt() != expected) {
                lost.add("person " + id + ": version " + now.get("version").asInt() + " after " + ws.size()
                        + " successful edits from version " + initialVersions.get(id) + " (expected " + expected + ")");
            }
            for (int i = 1; i < ws.size(); i++) {
                if (ws.get(i).version() == ws.get(i - 1).version()) {
                    lost.add("person " + id + ": two edits were both answered with version " + ws.get(i).version());
                }
            }
            String last = ws.get(ws.size() - 1).token();
            if (!last.equals(now.path("burialInfo").asText())) {
                lost.add("person " + id + ": holds '" + now.path("burialInfo").asText() + "', not the last edit '"
                        + last + "'");
            }
        }
        return new Check(byPerson.size(), writes.size(), lost);
    }
}
