package org.homecoming.server.assistance;

/**
 * What kind of organisation provides a service or partners the programme.
 *
 * <pre>{@code
 * ProviderKind.valueOf("ORTHOPAEDIC_WORKSHOP");
 * }</pre>
 */
public enum ProviderKind {
    HOSPITAL, REHABILITATION_CENTRE, ORTHOPAEDIC_WORKSHOP, SCHOOL, SOCIAL_PROTECTION_CENTRE, NGO, PARTNER_ORGANISATION,
    OTHER
}
