package org.homecoming.dioxin;

/**
 * The four families of dioxin-like compounds that carry a WHO toxic equivalency factor.
 *
 * <p>{@code Congeners.standard().find("PCB-126").orElseThrow().group()} is {@code NON_ORTHO_PCB}.
 */
public enum CongenerGroup {
    /** Polychlorinated dibenzo-p-dioxins (7 congeners with 2,3,7,8 substitution). */
    PCDD,
    /** Polychlorinated dibenzofurans (10 congeners with 2,3,7,8 substitution). */
    PCDF,
    /** Coplanar PCBs without chlorine in an ortho position (PCB-77, -81, -126, -169). */
    NON_ORTHO_PCB,
    /** Dioxin-like PCBs with one ortho chlorine (PCB-105, -114, -118, -123, -156, -157, -167, -189). */
    MONO_ORTHO_PCB
}
