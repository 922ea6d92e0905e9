package org.homecoming.server.landrelease.safety;

/**
 * The body of {@code POST /api/v1/risk-education}.
 *
 * <pre>{@code
 * {"heldOn":"2026-05-12","place":"Xã Hướng Hóa","organisation":"Team 3","method":"SCHOOL","girls":40,"boys":38}
 * }</pre>
 */
public record RiskEducationRequest(String heldOn, String place, Double lat, Double lon, String province,
        String organisation, String method, Integer girls, Integer boys, Integer women, Integer men) {
}
