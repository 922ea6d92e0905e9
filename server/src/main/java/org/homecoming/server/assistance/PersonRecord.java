package org.homecoming.server.assistance;

import java.util.List;

/**
 * Everything recorded about one assisted person, as a social worker reads it: the person, consent history and what
 * stands today, assessments oldest first, certificates, causes, referrals newest first, and the registry link when
 * the reader may follow it.
 *
 * <pre>{@code
 * PersonRecord r = assistance.record(42);
 * r.assessments().get(r.assessments().size() - 1).disability();
 * }</pre>
 */
public record PersonRecord(AssistedPerson person, List<ConsentEvent> consentHistory, boolean registered, boolean share,
        boolean statistics, List<Assessment> assessments, List<Certificate> certificates, List<Cause> causes,
        List<Referral> referrals, RegistryLink registryLink) {

    /** The same person as a family member in the missing-persons registry. */
    public record RegistryLink(long memberId, String memberRef, Long missingPersonId, String relationship) {
    }
}
