package org.homecoming.server.identification;

import java.time.OffsetDateTime;

/**
 * A population reference set for lineage frequencies as stored: who uploaded it when, from what
 * source, and how many Y-STR and mtDNA haplotypes it holds.
 *
 * <pre>{@code
 * StoredLineageReference s = references.find(3);
 * s.describe(); // "population set 'YHRD Vietnam' (#3: 120 Y-STR, 0 mtDNA haplotypes)"
 * }</pre>
 */
public record StoredLineageReference(long id, String name, String source, String uploadedBy, OffsetDateTime uploadedAt,
        int rowCount, int yCount, int mtCount) {

    /** How a pair report names the set its lineage frequencies were counted in. */
    public String describe() {
        return "population set '" + name + "' (#" + id + ": " + yCount + " Y-STR, " + mtCount + " mtDNA haplotypes)";
    }
}
