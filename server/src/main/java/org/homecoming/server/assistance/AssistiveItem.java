package org.homecoming.server.assistance;

/**
 * What a rehabilitation service provides.
 *
 * <pre>{@code
 * AssistiveItem.valueOf("PROSTHESIS");
 * }</pre>
 */
public enum AssistiveItem {
    PROSTHESIS, ORTHOSIS, WHEELCHAIR, THERAPY
}
