package org.homecoming.server.assistance;

import java.time.LocalDate;

/**
 * A person to register, as the API and the form send it. {@code province} is a province after the July 2025 merger,
 * or one before it (then the province after is derived); {@code provinceBefore} may name the former province
 * beside a present-day one. Consent to be registered must be given.
 *
 * <pre>{@code
 * new PersonRequest("Nguyễn Thị Lan", "F", "1968", "Quảng Trị", null, null, null, null, null, null, null,
 *         new PersonRequest.ConsentRequest(true, false, true), null);
 * }</pre>
 */
public record PersonRequest(String fullName, String sex, String birthDate, String province, String provinceBefore,
        String communeCodeBefore, String communeCode, String address, String household, String contact,
        Long registryMemberId, ConsentRequest consent, LocalDate consentDate) {

    /** The three consents as the person gave them at registration. */
    public record ConsentRequest(Boolean register, Boolean share, Boolean statistics) {
    }
}
