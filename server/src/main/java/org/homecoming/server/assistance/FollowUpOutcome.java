package org.homecoming.server.assistance;

/**
 * What a follow-up visit found.
 *
 * <pre>{@code
 * FollowUpOutcome.valueOf("NEEDS_REPAIR");
 * }</pre>
 */
public enum FollowUpOutcome {
    IMPROVED, UNCHANGED, WORSENED, NEEDS_REPAIR, NOT_REACHED
}
