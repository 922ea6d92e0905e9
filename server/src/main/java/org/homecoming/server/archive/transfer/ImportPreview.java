package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.util.List;

/**
 * What a verified package holds and what importing it would do, shown before anything is written.
 *
 * <pre>{@code
 * ImportPreview p = importer.preview(zip);
 * p.items(); // one ImportItem per person and document
 * }</pre>
 */
public record ImportPreview(String sha256, String installationId, String side, String toSide, Instant created,
        String consentBasis, List<String> omitted, List<ImportItem> items) {

    public ImportPreview {
        omitted = List.copyOf(omitted);
        items = List.copyOf(items);
    }
}
