package org.homecoming.server.assistance;

/**
 * What a person consents to: to be registered (an identifying record kept), to have the record shared with the
 * programme's partners on the other side, and to be counted in statistics.
 *
 * <pre>{@code
 * ConsentPurpose.valueOf("SHARE");
 * }</pre>
 */
public enum ConsentPurpose {
    REGISTER, SHARE, STATISTICS
}
