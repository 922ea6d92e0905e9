package org.homecoming.server.landrelease.activity;

/**
 * The body of {@code POST /api/v1/activities/{id}/complete}: the end date and the land-release product.
 *
 * <pre>{@code
 * {"endDate":"2026-04-30","clearedM2":4200,"clearanceDepthCm":30}
 * }</pre>
 */
public record CompletionRequest(String endDate, Double cancelledM2, Double reducedM2, Double clearedM2,
        Integer clearanceDepthCm) {
}
