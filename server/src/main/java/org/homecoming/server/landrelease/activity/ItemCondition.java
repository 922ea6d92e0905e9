package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * The state of an item of explosive ordnance when found. Labels: {@code find.condition.X}.
 *
 * <pre>{@code
 * ItemCondition.parse("fuzed"); // FUZED
 * }</pre>
 */
public enum ItemCondition {
    ARMED, UNARMED, FUZED, DAMAGED, UNKNOWN;

    public static ItemCondition parse(String value) {
        return Enums.parse(ItemCondition.class, value, "condition");
    }
}
