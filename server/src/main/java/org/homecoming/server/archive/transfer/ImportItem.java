package org.homecoming.server.archive.transfer;

/**
 * One record of a received package and what importing it would do here.
 *
 * <pre>{@code
 * new ImportItem("PERSON", "US-17", "POSSIBLE_DUPLICATE", "may be #42 Nguyễn Văn Thành (SAME_NAME, SAME_BIRTH_YEAR)", 42L)
 * }</pre>
 *
 * <p>Actions: {@code NEW} (imported unless skipped), {@code UNCHANGED} (received before, same
 * content: nothing to do), {@code CHANGED} (received before, content differs: kept as it is here
 * unless the decision is REPLACE), {@code POSSIBLE_DUPLICATE} (a similar record exists here: skipped
 * unless the decision is IMPORT), {@code CONFLICT} (another record here has the same ref: skipped).
 */
public record ImportItem(String type, String ref, String action, String detail, Long localId) {

    /** The key under which a decision about this record is given: {@code TYPE:ref}. */
    public String key() {
        return type + ":" + ref;
    }

    /** What happens without a decision. */
    public String defaultDecision() {
        return "NEW".equals(action) ? "IMPORT" : "SKIP";
    }

    /** Checks a decision against the action; returns it, or the default when null. */
    public String decide(String decision) {
        if (decision == null) {
            return defaultDecision();
        }
        boolean ok = switch (decision) {
            case "SKIP" -> true;
            case "IMPORT" -> action.equals("NEW") || action.equals("POSSIBLE_DUPLICATE");
            case "REPLACE" -> action.equals("CHANGED");
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("decision for " + key() + " (" + action + ") must be "
                    + (action.equals("CHANGED") ? "REPLACE or SKIP" : action.equals("NEW")
                    || action.equals("POSSIBLE_DUPLICATE") ? "IMPORT or SKIP" : "SKIP") + ": " + decision);
        }
        return decision;
    }
}
