package org.homecoming.server.registry;

import java.util.Map;

/**
 * Which status changes a request may make. Statuses that describe the case (missing, remains
 * recovered, under identification) are edited freely; those that stand on evidence are reached only
 * in order, each from the one before it, by the workflow that holds the evidence.
 *
 * <pre>{@code
 * StatusRules.requireEditable(PersonStatus.MISSING, PersonStatus.IDENTIFIED); // EvidenceRequiredException
 * StatusRules.requireStep(identifiedPerson, PersonStatus.FAMILY_NOTIFIED);     // passes
 * }</pre>
 */
public final class StatusRules {

    private static final Map<PersonStatus, PersonStatus> AFTER = Map.of(
            PersonStatus.FAMILY_NOTIFIED, PersonStatus.IDENTIFIED,
            PersonStatus.REBURIED, PersonStatus.FAMILY_NOTIFIED,
            PersonStatus.REPATRIATED, PersonStatus.FAMILY_NOTIFIED);

    private StatusRules() {
    }

    /** Why an edit (form, API body) from {@code from} (null: a new person) to {@code to} is refused, or null. */
    public static String editProblem(PersonStatus from, PersonStatus to) {
        if (to == from) {
            return null;
        }
        if (to.standsOnEvidence()) {
            return "status " + to + " is set only by " + to.evidence() + ", not by editing the person";
        }
        if (from != null && from.standsOnEvidence()) {
            return "status " + from + " stands on " + from.evidence()
                    + "; only an administrator's correction with a reason can change it";
        }
        return null;
    }

    public static void requireEditable(PersonStatus from, PersonStatus to) {
        String problem = editProblem(from, to);
        if (problem != null) {
            throw new EvidenceRequiredException(problem);
        }
    }

    /**
     * The status a record received from elsewhere (exchange package, PFIF) is held in here: a status
     * that stands on evidence held by the other installation is not evidence here, so it is held as
     * REMAINS_RECOVERED (what an identification implies) or the case's current stage if further; and a
     * person here in a status that stands on evidence keeps it.
     */
    public static PersonStatus heldOnImport(PersonStatus stated, PersonStatus current) {
        if (current != null && current.standsOnEvidence()) {
            return current;
        }
        if (!stated.standsOnEvidence()) {
            return stated;
        }
        return current != null && current.compareTo(PersonStatus.REMAINS_RECOVERED) > 0 ? current
                : PersonStatus.REMAINS_RECOVERED;
    }

    /** Refuses a workflow step to {@code to} unless the person stands where that step follows. */
    public static void requireStep(MissingPerson p, PersonStatus to) {
        if (!to.standsOnEvidence()) {
            throw new IllegalStateException("a workflow step must reach a status that stands on evidence: " + to);
        }
        if (to == PersonStatus.REPATRIATED && p.side() != org.homecoming.server.security.Side.US) {
            throw new EvidenceRequiredException("person " + p.id() + " is of side " + p.side()
                    + ": REPATRIATED is for the US side only");
        }
        PersonStatus before = AFTER.get(to);
        boolean ok = before == null ? !p.status().standsOnEvidence() : p.status() == before;
        if (!ok) {
            throw new EvidenceRequiredException("person " + p.id() + " is " + p.status() + ": " + to
                    + " follows " + (before == null ? "MISSING, REMAINS_RECOVERED or UNDER_IDENTIFICATION" : before));
        }
    }
}
