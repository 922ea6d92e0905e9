package org.homecoming.server.assistance;

import java.time.OffsetDateTime;
import org.homecoming.server.security.Side;

/**
 * A person the programme assists: identifying data (health data by association, so shown only to social workers).
 * The address keeps the province and commune before the 1 July 2025 merger and after it; {@code registryMemberId}
 * is the same person as a family member in the missing-persons registry, linked and never copied.
 *
 * <pre>{@code
 * person.ref(); // "DA-000042"
 * }</pre>
 */
public record AssistedPerson(long id, String ref, String fullName, String sex, String birthDate, Integer birthYear,
        String provinceBefore, String communeCodeBefore, String province, String communeCode, String address,
        String household, String contact, Long registryMemberId, Side side, String createdBy, OffsetDateTime createdAt) {
}
