package org.homecoming.server.assistance;

/**
 * A service provider or partner organisation.
 *
 * <pre>{@code
 * new Provider(1, "Trung tâm Chỉnh hình Đà Nẵng", ProviderKind.ORTHOPAEDIC_WORKSHOP, "Đà Nẵng", null);
 * }</pre>
 */
public record Provider(long id, String name, ProviderKind kind, String province, String contact) {
}
