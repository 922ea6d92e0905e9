package org.homecoming.server.identification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.kinship.locus.FrequencyDatabase;

/**
 * An allele frequency table as stored: its text in the list format and the SHA-256 of that text,
 * which a report quotes so that the table can be checked.
 */
record StoredFrequencies(long id, String name, String sha256, String content) {

    FrequencyDatabase database() {
        return FrequencyTableReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, name);
    }
}
