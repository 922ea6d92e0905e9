package org.homecoming.server.dioxin;

import java.util.List;

/**
 * A dioxin site as the pages list it: code, name, outline (WKT, or {@code null}), zones, and how many samples
 * it has, in which campaigns.
 *
 * <pre>{@code
 * site.zones().get(0).landClass(); // "INDUSTRIAL_COMMERCIAL"
 * }</pre>
 */
public record DioxinSite(long id, String code, String name, String outlineWkt, List<SiteZone> zones, long samples,
        List<String> campaigns) {

    public DioxinSite {
        zones = List.copyOf(zones);
        campaigns = List.copyOf(campaigns);
    }
}
