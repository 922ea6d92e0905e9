package org.homecoming.server.landrelease.safety;

import org.homecoming.server.web.Enums;

/**
 * How serious a non-conformity found by quality management is (IMAS 07.40 grades them). Labels:
 * {@code safety.severity.X}.
 *
 * <pre>{@code
 * Severity.parse("critical"); // CRITICAL
 * }</pre>
 */
public enum Severity {
    MINOR, MAJOR, CRITICAL;

    public static Severity parse(String value) {
        return Enums.parse(Severity.class, value, "severity");
    }
}
