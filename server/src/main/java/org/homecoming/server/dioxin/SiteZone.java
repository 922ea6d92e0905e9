package org.homecoming.server.dioxin;

/**
 * A zone of a dioxin site: its name, the land class the threshold sets read, and its polygon as WKT (lon lat), or
 * {@code null} when only the name was recorded.
 *
 * <pre>{@code
 * new SiteZone("Pacer Ivy", "INDUSTRIAL_COMMERCIAL", "POLYGON ((106.808 10.962, ...))");
 * }</pre>
 */
public record SiteZone(String name, String landClass, String polygonWkt) {
}
