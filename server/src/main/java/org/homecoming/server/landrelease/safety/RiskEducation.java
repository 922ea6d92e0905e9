package org.homecoming.server.landrelease.safety;

import java.time.LocalDate;
import org.homecoming.server.security.Side;

/**
 * A risk-education session and the people it reached, by sex and age group (under 18: girls and boys).
 *
 * <pre>{@code
 * session.total(); // girls + boys + women + men
 * }</pre>
 */
public record RiskEducation(long id, LocalDate heldOn, String place, Double lat, Double lon, String province,
        String organisation, EducationMethod method, int girls, int boys, int women, int men, Side side, boolean shared) {

    public int total() {
        return girls + boys + women + men;
    }
}
