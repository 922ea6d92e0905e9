package org.homecoming.server.landrelease.area;

import org.homecoming.server.web.Enums;
import java.util.Set;

/**
 * Where a hazardous area stands: open (contamination still suspected or confirmed), closed (released by survey or
 * clearance, or cancelled) or handed over to its users. Labels: {@code area.status.X}.
 *
 * <pre>{@code
 * AreaStatus.OPEN.mayBecome(AreaStatus.CLOSED);        // true
 * AreaStatus.HANDED_OVER.mayBecome(AreaStatus.OPEN);   // false: handing over is final
 * }</pre>
 *
 * <p>Transitions: OPEN → CLOSED or HANDED_OVER; CLOSED → OPEN (new evidence reopens it) or HANDED_OVER;
 * HANDED_OVER is final (land given back is recorded anew as another area if contamination is found again).
 */
public enum AreaStatus {
    OPEN, CLOSED, HANDED_OVER;

    public static AreaStatus parse(String value) {
        return Enums.parse(AreaStatus.class, value, "status");
    }

    /** Whether an area of this status may change to {@code next}. */
    public boolean mayBecome(AreaStatus next) {
        return switch (this) {
            case OPEN -> Set.of(CLOSED, HANDED_OVER).contains(next);
            case CLOSED -> Set.of(OPEN, HANDED_OVER).contains(next);
            case HANDED_OVER -> false;
        };
    }
}
