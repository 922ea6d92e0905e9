package org.homecoming.server.registry;

import java.time.OffsetDateTime;

/** One step of a person's case: the new status, when and by whom. */
public record StatusChange(PersonStatus status, OffsetDateTime at, String by) {
}
