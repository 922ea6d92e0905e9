package org.homecoming.server.cooperation;

import java.time.LocalDate;

/**
 * A signed agreement whose text is a document in the archive ({@code archiveRef}).
 *
 * <pre>{@code
 * new Agreement(1, "MOU-2025", AgreementKind.MEMORANDUM, "Bản ghi nhớ...", "Memorandum...", LocalDate.of(2025, 10, 1), "DOC-1");
 * }</pre>
 */
public record Agreement(long id, String ref, AgreementKind kind, String titleVi, String titleEn, LocalDate signedOn,
        String archiveRef) {
}
