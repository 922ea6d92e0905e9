package org.homecoming.server.archive;

/**
 * One page of a document: its scan (a file named by its SHA-256, an image or a PDF), the text as
 * read from it and a translation into the other language of the programme.
 *
 * <pre>{@code
 * new DocumentPage(7, 1, "image/png", "9f86d0…", "Liệt sĩ Nguyễn Văn Thành…", "Martyr Nguyen Van Thanh…", "en");
 * }</pre>
 */
public record DocumentPage(long documentId, int pageNo, String mediaType, String scanSha256, String transcription,
        String translation, String translationLanguage) {

    public DocumentPage {
        if (pageNo < 1) {
            throw new IllegalArgumentException("page number must be >= 1: " + pageNo);
        }
    }

    /** The transcription and translation together, for finding leads and for search. */
    public String text() {
        return (transcription == null ? "" : transcription) + "\n" + (translation == null ? "" : translation);
    }
}
