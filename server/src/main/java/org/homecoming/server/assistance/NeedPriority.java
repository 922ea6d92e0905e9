package org.homecoming.server.assistance;

/**
 * How urgent an identified need is.
 *
 * <pre>{@code
 * NeedPriority.valueOf("HIGH");
 * }</pre>
 */
public enum NeedPriority {
    HIGH, MEDIUM, LOW
}
