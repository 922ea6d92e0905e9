package org.homecoming.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records the virtual users visit, found through the API before the run: persons of the
 * officers' side (and from their names, search queries), remains, the remains of the review
 * queue with their candidates, and a small pool of persons every writer edits (small, so that
 * concurrent writers meet and the optimistic locking is exercised).
 *
 * <pre>{@code
 * Fixtures f = Fixtures.discover(officerAgent, analystAgent, json, 20, 180, System.out);
 * }</pre>
 */
record Fixtures(List<Long> persons, List<String> queries, List<Long> remains, List<Long> reviewRemains,
        List<Long> candidates, List<Long> writePool) {

    static Fixtures discover(UserAgent officer, UserAgent analyst, ObjectMapper json, int poolSize, int queueWaitSeconds,
            PrintStream log) throws InterruptedException {
        List<Long> persons = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode items = read(officer, json, "/api/v1/persons?side=VN&size=200&page=" + page).get("items");
            for (JsonNode p : items) {
                persons.add(p.get("id").asLong());
                if (queries.size() < 300 && persons.size() % 3 == 0) {
                    queries.add(query(p, queries.size()));
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        if (persons.size() < poolSize) {
            throw new IllegalStateException("the server holds " + persons.size() + " persons of side VN; the load run"
                    + " needs at least " + poolSize + " (start it with ./homecoming demo)");
        }
        List<Long> remains = new ArrayList<>();
        read(officer, json, "/api/v1/remains?size=200").get("items").forEach(r -> remains.add(r.get("id").asLong()));
        List<Long> review = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        JsonNode queue = waitForQueue(analyst, json, queueWaitSeconds, log);
        for (JsonNode e : queue) {
            if (review.size() == 40) {
                break;
            }
            long id = e.get("remainsId").asLong();
            review.add(id);
            JsonNode c = read(analyst, json, "/api/v1/identification/remains/" + id + "/candidates");
            for (int i = 0; i < Math.min(3, c.size()); i++) {
                candidates.add(c.get(i).get("candidate").get("id").asLong());
            }
        }
        return new Fixtures(List.copyOf(persons), List.copyOf(queries), List.copyOf(remains), List.copyOf(review),
                List.copyOf(candidates), List.copyOf(persons.subList(0, poolSize)));
    }

    /** A query as people type it: the name folded to lower case, in full or with the birth year. */
    static String query(JsonNode person, int n) {
        String name = person.get("fullName").asText();
        return switch (n % 3) {
            case 0 -> name;
            case 1 -> name.toLowerCase(Locale.ROOT)
                    + (person.hasNonNull("birthYear") ? " " + person.get("birthYear").asInt() : "");
            default -> name.substring(name.lastIndexOf(' ') + 1) + (person.hasNonNull("province")
                    ? " " + person.get("province").asText() : "");
        };
    }

    /** The analysts' review queue; the demo searches in the background, so it may take a while to fill. */
    private static JsonNode waitForQueue(UserAgent analyst, ObjectMapper json, int seconds, PrintStream log)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            JsonNode queue = read(analyst, json, "/api/v1/identification/queue?minLog10Lr=-100");
            if (!queue.isEmpty() || System.nanoTime() > until) {
                if (queue.isEmpty()) {
                    log.println("load: the review queue is still empty after " + seconds + " s; analysts will visit"
                            + " remains pages instead of review pages");
                }
                return queue;
            }
            log.println("load: waiting for the background search to fill the review queue...");
            Thread.sleep(5000);
        }
    }

    static JsonNode read(UserAgent agent, ObjectMapper json, String path) {
        UserAgent.Answer a = agent.apiGet(Endpoint.API_PERSON, path);
        if (a == null || a.status() != 200) {
            throw new IllegalStateException("GET " + path + " as " + agent.username() + " answered "
                    + (a == null ? "nothing" : a.status() + " " + a.body()));
        }
        try {
            return json.readTree(a.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " answered no JSON", e);
        }
    }
}
