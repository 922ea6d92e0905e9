package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.util.List;

/**
 * What a verified package holds and what importing it would do, shown before anything is written.
 *
 * <pre>{@code
 * TransferPreview p = importer.preview(zip);
 * p.items(); // one ImportItem per person and document
 * }</pre>
 *
 * <p>{@code familyMembers} and {@code profiles} count the consenting family members and their DNA
 * profiles that travel with the persons; {@code omitted} is what the sender deliberately left out.
 */
public record TransferPreview(String sha256, String installationId, String side, String toSide, Instant created,
        String consentBasis, List<String> omitted, int familyMembers, int profiles, List<ImportItem> items) {

    public TransferPreview {
        omitted = List.copyOf(omitted);
        items = List.copyOf(items);
    }

    /** How many items have {@code action}. */
    public long count(String action) {
        return items.stream().filter(i -> i.action().equals(action)).count();
    }
}
