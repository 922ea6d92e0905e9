package org.homecoming.kinship.search;

/**
 * A search family the index cannot compile (its references contradict each other, or name an allele
 * the locus does not list); it names the family and its missing person so that a caller can leave
 * that one family out and go on without reading the message.
 *
 * <pre>{@code
 * try {
 *     SearchIndex.build(families, loci, options, threads);
 * } catch (FamilyRejectedException e) {
 *     families.removeIf(f -> f.missing().equals(e.missing()));
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, as every refusal of bad input by the engine is.
 */
public final class FamilyRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String family;
    private final String missing;

    FamilyRejectedException(SearchFamily f, String message, Throwable cause) {
        super(message, cause);
        this.family = f.family();
        this.missing = f.missing();
    }

    /** The family's name, as in {@link SearchFamily#family()}. */
    public String family() {
        return family;
    }

    /** The missing person the refused family was searched for; unique within one index. */
    public String missing() {
        return missing;
    }
}
