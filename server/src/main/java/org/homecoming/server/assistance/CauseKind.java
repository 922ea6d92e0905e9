package org.homecoming.server.assistance;

/**
 * Why a person has a disability, as far as the programme records it.
 *
 * <pre>{@code
 * CauseKind.valueOf("DIOXIN_EXPOSURE");
 * }</pre>
 */
public enum CauseKind {
    ORDNANCE_ACCIDENT, DIOXIN_EXPOSURE, OTHER
}
