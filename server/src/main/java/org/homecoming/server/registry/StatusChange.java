package org.homecoming.server.registry;

import java.time.OffsetDateTime;

/**
 * One step of a person's case: the new status, when and by whom, the record or reason it stands on
 * ({@code note}, null for an edit of a status that describes the case) and whether it was an
 * administrator's correction.
 */
public record StatusChange(PersonStatus status, OffsetDateTime at, String by, String note, boolean correction) {
}
