package org.homecoming.server.assistance;

/**
 * The types of disability of Vietnam's Law on Persons with Disabilities (51/2010/QH12, article 3).
 *
 * <pre>{@code
 * LegalDisabilityType.valueOf("HEARING_SPEECH");
 * }</pre>
 */
public enum LegalDisabilityType {
    MOBILITY, HEARING_SPEECH, VISION, NEUROLOGICAL_MENTAL, INTELLECTUAL, OTHER
}
