package org.homecoming.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One simulated user: waits its turn (logins are spread over the warm-up), logs in, then until
 * the deadline picks an action of its {@link Persona}, does it, and waits a random think time
 * (uniform in [0, 2 × think]). An edit reads the person and writes it back with the version it
 * read and a new unique token in {@code burialInfo}; 409 answers are conflicts, counted, and the
 * successful edits go to the {@link WriteLedger}.
 */
final class VirtualUser implements Runnable {

    private static final List<String> FORM_FIELDS = List.of("side", "fullName", "familyName", "middleName", "givenName",
            "sex", "birthDate", "homeCommune", "homeDistrict", "homeProvince", "serviceNumber", "unit", "rank",
            "lossDate", "lossPlace", "lossLat", "lossLon", "lossPrecisionM", "lossAreaWkt", "circumstances", "status",
            "source", "version");

    private final UserAgent ua;
    private final Persona persona;
    private final Fixtures f;
    private final WriteLedger ledger;
    private final long endNanos;
    private final Duration think;
    private final Random random;
    private final ObjectMapper json;
    private final Duration startAfter;

    VirtualUser(UserAgent ua, Persona persona, Fixtures f, WriteLedger ledger, long endNanos, Duration think,
            Random random, ObjectMapper json, Duration startAfter) {
        this.ua = ua;
        this.persona = persona;
        this.f = f;
        this.ledger = ledger;
        this.endNanos = endNanos;
        this.think = think;
        this.random = random;
        this.json = json;
        this.startAfter = startAfter;
    }

    @Override
    public void run() {
        try {
            Thread.sleep(startAfter.toMillis());
            ua.login();
        } catch (InterruptedException e) {
            return;
        } catch (IllegalStateException e) {
            return; // counted as a login error
        }
        while (System.nanoTime() < endNanos && !Thread.currentThread().isInterrupted()) {
            act(persona.pick(random));
            long pause = think.toMillis() == 0 ? 0 : (long) (random.nextDouble() * 2 * think.toMillis());
            try {
                Thread.sleep(Math.min(pause, Math.max(0, (endNanos - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void act(Persona.Action a) {
        switch (a) {
            case SEARCH_RESULTS -> ua.page(Endpoint.SEARCH_RESULTS, "/persons/results?q=" + query());
            case SEARCH_PAGE -> ua.page(Endpoint.SEARCH_PAGE, "/persons?q=" + query());
            case API_SEARCH -> ua.apiGet(Endpoint.API_SEARCH, "/api/v1/persons?size=20&q=" + query());
            case DASHBOARD -> ua.page(Endpoint.DASHBOARD, "/");
            case PERSON_PAGE -> ua.page(Endpoint.PERSON_PAGE, "/persons/" + any(f.persons()));
            case REMAINS_PAGE -> ua.page(Endpoint.REMAINS_PAGE, "/remains/" + any(f.remains()));
            case QUEUE_PAGE -> ua.page(Endpoint.QUEUE_PAGE, "/identification");
            case REVIEW_PAGE -> review("/identification/remains/", f.reviewRemains(), Endpoint.REVIEW_PAGE);
            case EVIDENCE_PANEL -> review("/identification/candidates/", f.candidates(), Endpoint.EVIDENCE_PANEL);
            case API_PERSON -> ua.apiGet(Endpoint.API_PERSON, "/api/v1/persons/" + any(f.persons()));
            case API_QUEUE -> ua.apiGet(Endpoint.API_QUEUE, "/api/v1/identification/queue");
            case EDIT_PERSON -> edit(any(f.writePool()));
        }
    }

    private void review(String path, List<Long> ids, Endpoint e) {
        if (ids.isEmpty()) {
            ua.page(Endpoint.REMAINS_PAGE, "/remains/" + any(f.remains()));
        } else {
            ua.page(e, path + any(ids));
        }
    }

    private void edit(long id) {
        UserAgent.Answer read = ua.apiGet(Endpoint.API_PERSON, "/api/v1/persons/" + id);
        if (read == null || read.status() != 200) {
            return;
        }
        try {
            JsonNode details = json.readTree(read.body());
            String token = "load " + ua.username() + " " + UUID.randomUUID();
            UserAgent.Answer written = ua.apiPut(Endpoint.API_PERSON_PUT, "/api/v1/persons/" + id,
                    json.writeValueAsString(form(details, token)));
            if (written != null && written.status() == 200) {
                ledger.succeeded(id, json.readTree(written.body()).get("version").asInt(), token);
            }
        } catch (IOException e) {
            throw new IllegalStateException("person " + id + " answered JSON the load driver cannot read", e);
        }
    }

    /** The edit form of a person as the API gives it, with {@code burialInfo} replaced by the token. */
    ObjectNode form(JsonNode details, String token) {
        JsonNode p = details.get("person");
        ObjectNode form = json.createObjectNode();
        for (String field : FORM_FIELDS) {
            if (p.hasNonNull(field)) {
                form.set(field, p.get(field));
            }
        }
        StringBuilder aliases = new StringBuilder();
        details.path("aliases").forEach(a -> aliases.append(aliases.isEmpty() ? "" : "\n").append(a.asText()));
        form.put("aliases", aliases.toString());
        form.put("burialInfo", token);
        return form;
    }

    private String query() {
        return URLEncoder.encode(any(f.queries()), StandardCharsets.UTF_8);
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
