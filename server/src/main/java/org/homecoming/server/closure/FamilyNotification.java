package org.homecoming.server.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The record that a family was told of an identification: which relative (with the name and
 * relationship as they stood then), on which day, how, by whom, with notes; who entered it and when.
 *
 * <pre>{@code
 * new FamilyNotification(0, 42, 7L, "Nguyễn Thị Hoa", "SISTER", LocalDate.of(2026, 3, 2),
 *         NotificationMethod.IN_PERSON, "Trần Văn Nam, Sở LĐTBXH", null, "liaison-vn", now);
 * }</pre>
 *
 * <p>{@code familyMemberId} becomes null if the relative's record is later deleted; the name stays.
 */
public record FamilyNotification(long id, long personId, Long familyMemberId, String memberName, String relationship,
        LocalDate notifiedOn, NotificationMethod method, String notifiedBy, String notes, String recordedBy,
        OffsetDateTime recordedAt) {
}
