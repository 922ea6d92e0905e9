package org.homecoming.server.landrelease.safety;

/**
 * A person killed or injured in an accident. {@code personRef} ({@code VIC-<year>-<6 digits>}) is stable and never
 * reused: it is the key by which disability assistance will link the survivor's needs and services.
 * {@code sex}, {@code age} and {@code injury} are null when the reader may see only the counts.
 *
 * <pre>{@code
 * victim.personRef(); // "VIC-2026-000042"
 * }</pre>
 */
public record AccidentVictim(long id, String personRef, String sex, Integer age, Outcome outcome, String injury,
        boolean consentToShare) {
}
