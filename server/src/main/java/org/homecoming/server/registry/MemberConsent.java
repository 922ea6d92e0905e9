package org.homecoming.server.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a family member's consent history: a grant or a withdrawal of one scope, from a
 * date, on a stated basis (a signed form, a call), recorded by whom and when. Entries are never
 * changed; the latest one of a scope whose date has come is the consent in force.
 *
 * <pre>{@code
 * new MemberConsent(0, 7, ConsentScope.CONTACT, true, LocalDate.of(2024, 5, 2), "form F-12", "liaison1", now);
 * }</pre>
 */
public record MemberConsent(long id, long memberId, ConsentScope scope, boolean granted, LocalDate effectiveOn,
        String basis, String recordedBy, OffsetDateTime recordedAt) {
}
