package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * The asset a team works with; an activity may combine several. Labels: {@code activity.method.X}.
 *
 * <pre>{@code
 * Method.parse("dogs"); // DOGS
 * }</pre>
 */
public enum Method {
    MANUAL, MECHANICAL, DOGS;

    public static Method parse(String value) {
        return Enums.parse(Method.class, value, "methods");
    }
}
