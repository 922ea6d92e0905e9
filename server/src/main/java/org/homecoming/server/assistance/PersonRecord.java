package org.homecoming.server.assistance;

import java.util.List;

/**
 * Everything recorded about one assisted person, as a social worker reads it: the person, consent history and what
 * stands today, assessments oldest first, certificates, causes, needs (most urgent first), referrals newest first,
 * and the registry link when
 * the reader may follow it.
 *
 * <pre>{@code
 * PersonRecord r = assistance.record(42);
 * r.assessments().get(r.assessments().size() - 1).disability();
 * }</pre>
 */
public record PersonRecord(AssistedPerson person, List<ConsentEvent> consentHistory, boolean registered, boolean share,
        boolean statistics, List<Assessment> assessments, List<Certificate> certificates, List<Cause> causes,
        List<Need> needs, List<Referral> referrals, RegistryLink registryLink) {

    /** One dated step of a referral: referred, received, completed, refused, lost to follow-up, or a follow-up visit. */
    public record TimelineStep(java.time.LocalDate on, String step, Referral referral, FollowUp followUp) {
    }

    /** Every step of every referral, oldest first: the services timeline. */
    public List<TimelineStep> timeline() {
        List<TimelineStep> steps = new java.util.ArrayList<>();
        for (Referral r : referrals) {
            steps.add(new TimelineStep(r.referredOn(), "REFERRED", r, null));
            if (r.receivedOn() != null) {
                steps.add(new TimelineStep(r.receivedOn(), "RECEIVED", r, null));
            }
            if (r.completedOn() != null) {
                steps.add(new TimelineStep(r.completedOn(), "COMPLETED", r, null));
            }
            if (r.closedOn() != null) {
                steps.add(new TimelineStep(r.closedOn(), r.status().name(), r, null));
            }
            r.followUps().forEach(f -> steps.add(new TimelineStep(f.visitedOn(), "FOLLOW_UP", r, f)));
        }
        steps.sort(java.util.Comparator.comparing(TimelineStep::on));
        return steps;
    }

    /** The latest assessment, or null. */
    public Assessment latestAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    /** The same person as a family member in the missing-persons registry. */
    public record RegistryLink(long memberId, String memberRef, Long missingPersonId, String relationship) {
    }
}
