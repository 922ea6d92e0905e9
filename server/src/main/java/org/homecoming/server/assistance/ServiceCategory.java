package org.homecoming.server.assistance;

/**
 * The kinds of assistance of mine action's victim-assistance standard (IMAS 13.10) the programme refers people to.
 *
 * <pre>{@code
 * ServiceCategory.valueOf("ECONOMIC_INCLUSION");
 * }</pre>
 */
public enum ServiceCategory {
    MEDICAL, REHABILITATION, PSYCHOSOCIAL, EDUCATION, ECONOMIC_INCLUSION, HOME_ADAPTATION
}
