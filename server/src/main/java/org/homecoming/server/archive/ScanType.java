package org.homecoming.server.archive;

import java.util.HexFormat;

/**
 * Tells the kind of a scan or photo from its first bytes, so the stored media type is the file's own
 * and not what an upload claimed.
 *
 * <pre>{@code
 * ScanType.of(bytes); // "image/png"
 * }</pre>
 */
final class ScanType {

    private ScanType() {
    }

    /**
     * "image/png", "image/jpeg", "image/tiff" or "application/pdf".
     *
     * @throws IllegalArgumentException for anything else
     */
    static String of(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) {
            return "image/tiff";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        String head = b == null ? "null" : HexFormat.of().formatHex(b, 0, Math.min(8, b.length));
        throw new IllegalArgumentException("scan must be a PNG, JPEG, TIFF or PDF file; it starts with bytes " + head);
    }

    private static boolean starts(byte[] b, int... head) {
        if (b == null || b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
