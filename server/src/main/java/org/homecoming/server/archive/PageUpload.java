package org.homecoming.server.archive;

/**
 * One page as uploaded: its number, the scan's bytes (PNG, JPEG, TIFF or PDF; may be null when only
 * text is known), the transcription and a translation with its language.
 *
 * <pre>{@code
 * new PageUpload(1, pngBytes, "Liệt sĩ Nguyễn Văn Thành…", "Martyr Nguyen Van Thanh…", "en");
 * }</pre>
 */
public record PageUpload(int pageNo, byte[] scan, String transcription, String translation,
        String translationLanguage) {
}
