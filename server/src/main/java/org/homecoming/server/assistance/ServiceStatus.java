package org.homecoming.server.assistance;

import java.util.Set;

/**
 * Where a referral stands: referred, then received, then completed; refused or lost to follow-up from either open
 * state. A closed referral does not reopen — a new referral is made.
 *
 * <pre>{@code
 * ServiceStatus.REFERRED.canBecome(ServiceStatus.COMPLETED); // false: received first
 * }</pre>
 */
public enum ServiceStatus {
    REFERRED, RECEIVED, COMPLETED, REFUSED, LOST_TO_FOLLOW_UP;

    public boolean open() {
        return this == REFERRED || this == RECEIVED;
    }

    public boolean canBecome(ServiceStatus next) {
        return switch (this) {
            case REFERRED -> Set.of(RECEIVED, REFUSED, LOST_TO_FOLLOW_UP).contains(next);
            case RECEIVED -> Set.of(COMPLETED, REFUSED, LOST_TO_FOLLOW_UP).contains(next);
            default -> false;
        };
    }
}
