package org.homecoming.server.archive;

import org.homecoming.programme.PartialDate;
import org.homecoming.server.security.Side;

/**
 * A catalogued document: its kind, title, date (partial: 1968, 1968-03 or 1968-03-14), language,
 * the archive holding the original and its reference there, and its classification.
 *
 * <pre>{@code
 * new ArchiveDocument(0, "DOC-1", Side.VN, DocumentType.BURIAL_REGISTER, "Sổ mai táng Trung đoàn 48",
 *         "1968-03", "vi", "Cục Chính sách", "HS-48/1968", Classification.RESTRICTED, null, 0);
 * }</pre>
 */
public record ArchiveDocument(long id, String ref, Side side, DocumentType type, String title, String date,
        String language, String holdingArchive, String archiveReference, Classification classification,
        String description, int version) {

    public ArchiveDocument {
        if (ref == null || ref.isBlank() || ref.length() > 64) {
            throw new IllegalArgumentException("ref must be 1 to 64 characters: " + ref);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank: " + title);
        }
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language must be an ISO 639 code such as vi or en: " + language);
        }
        String problem = PartialDate.problem(date);
        if (problem != null) {
            throw new IllegalArgumentException("date: " + problem);
        }
        if (side == null || type == null || classification == null) {
            throw new IllegalArgumentException("side, type and classification are required: " + side + ", " + type
                    + ", " + classification);
        }
    }
}
