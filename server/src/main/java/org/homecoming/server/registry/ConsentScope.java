package org.homecoming.server.registry;

/**
 * What of a family member's data a consent lets cross to the other side: the relative as a person
 * ({@link #RECORD}: name, birth year, living), their contact details ({@link #CONTACT}: telephone,
 * address, e-mail, all kept in the member's contact field), their DNA ({@link #GENETIC}: profiles
 * and haplotypes). Each is consented and withdrawn on its own.
 *
 * <pre>{@code
 * ConsentScope.parse("contact"); // CONTACT
 * }</pre>
 */
public enum ConsentScope {
    RECORD, CONTACT, GENETIC;

    /** The scope named {@code value}, case-insensitive. */
    public static ConsentScope parse(String value) {
        if (value != null) {
            for (ConsentScope s : values()) {
                if (s.name().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("scope must be RECORD, CONTACT or GENETIC: " + value);
    }
}
