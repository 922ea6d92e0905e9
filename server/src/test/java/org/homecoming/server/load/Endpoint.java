package org.homecoming.server.load;

/**
 * One line of the load report: a request the virtual users make, the kind it is and the goal its
 * 95th percentile is held to (issue 10: pages under 200 ms, search under 100 ms; API reads and
 * writes are held to the pages' goal).
 */
enum Endpoint {
    SEARCH_RESULTS("GET /persons/results?q= (htmx)", "search", 100),
    SEARCH_PAGE("GET /persons?q=", "search", 100),
    API_SEARCH("GET /api/v1/persons?q=", "search", 100),
    DASHBOARD("GET /", "page", 200),
    PERSON_PAGE("GET /persons/{id}", "page", 200),
    REMAINS_PAGE("GET /remains/{id}", "page", 200),
    QUEUE_PAGE("GET /identification", "page", 200),
    REVIEW_PAGE("GET /identification/remains/{id}", "page", 200),
    EVIDENCE_PANEL("GET /identification/candidates/{id}", "page", 200),
    API_PERSON("GET /api/v1/persons/{id}", "api read", 200),
    API_QUEUE("GET /api/v1/identification/queue", "api read", 200),
    API_PERSON_PUT("PUT /api/v1/persons/{id}", "api write", 200),
    LOGIN("POST /login", "login", 200);

    final String label;
    final String kind;
    final int goalMs;

    Endpoint(String label, String kind, int goalMs) {
        this.label = label;
        this.kind = kind;
        this.goalMs = goalMs;
    }
}
