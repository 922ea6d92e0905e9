package org.homecoming.server.registry;

import java.time.OffsetDateTime;

/**
 * Where one fact about a person comes from: the field, the kind of source (DOCUMENT, REGISTER,
 * FAMILY_REPORT, IMPORT) and its reference.
 *
 * <pre>{@code
 * new FactSource("lossDate", "REGISTER", "Sổ liệt sĩ huyện Hải Hậu, tr. 12", OffsetDateTime.now());
 * }</pre>
 */
public record FactSource(String field, String sourceKind, String reference, OffsetDateTime recordedAt) {
}
