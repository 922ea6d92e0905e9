package org.homecoming.server.load;

import java.util.Map;
import java.util.Random;

/**
 * What kind of user a virtual user plays and how often it does each thing (weights out of 100): a
 * case officer searches, reads and edits persons in the pages and the API; a laboratory analyst
 * works the review queue, the review pages and the evidence panels.
 */
enum Persona {
    OFFICER(Map.of(Action.SEARCH_RESULTS, 20, Action.SEARCH_PAGE, 5, Action.API_SEARCH, 10, Action.DASHBOARD, 5,
            Action.PERSON_PAGE, 20, Action.REMAINS_PAGE, 5, Action.API_PERSON, 15, Action.EDIT_PERSON, 20)),
    ANALYST(Map.of(Action.QUEUE_PAGE, 10, Action.REVIEW_PAGE, 25, Action.EVIDENCE_PANEL, 25, Action.SEARCH_RESULTS, 10,
            Action.PERSON_PAGE, 15, Action.API_QUEUE, 10, Action.REMAINS_PAGE, 5));

    /** One thing a virtual user does: one request, or for an edit a read then a write. */
    enum Action {
        SEARCH_RESULTS, SEARCH_PAGE, API_SEARCH, DASHBOARD, PERSON_PAGE, REMAINS_PAGE, QUEUE_PAGE, REVIEW_PAGE,
        EVIDENCE_PANEL, API_PERSON, API_QUEUE, EDIT_PERSON
    }

    private final Action[] wheel;

    Persona(Map<Action, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            throw new IllegalStateException("weights of " + name() + " must add up to 100: " + total);
        }
        wheel = new Action[100];
        int i = 0;
        for (Action a : Action.values()) {
            for (int n = 0; n < weights.getOrDefault(a, 0); n++) {
                wheel[i++] = a;
            }
        }
    }

    Action pick(Random random) {
        return wheel[random.nextInt(wheel.length)];
    }

    /** Every fourth user is an analyst, the others officers. */
    static Persona of(int user) {
        return user % 4 == 3 ? ANALYST : OFFICER;
    }
}
