package org.homecoming.server.landrelease.safety;

import org.homecoming.server.web.Enums;

/**
 * What an accident did to a person. Labels: {@code safety.outcome.X}.
 *
 * <pre>{@code
 * Outcome.parse("injured"); // INJURED
 * }</pre>
 */
public enum Outcome {
    KILLED, INJURED;

    public static Outcome parse(String value) {
        return Enums.parse(Outcome.class, value, "outcome");
    }
}
