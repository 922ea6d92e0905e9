package org.homecoming.server.archive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to catalogue a document; the side is the user's, the ref generated when blank.
 *
 * <pre>{@code
 * new DocumentForm(null, "BURIAL_REGISTER", "Sổ mai táng E48", "1968-03", "vi", "Cục Chính sách", "HS-48",
 *         "RESTRICTED", null);
 * }</pre>
 */
public record DocumentForm(@Size(max = 64) String ref, @NotBlank String type, @NotBlank @Size(max = 500) String title,
        String date, @NotBlank String language, @Size(max = 300) String holdingArchive,
        @Size(max = 300) String archiveReference, @NotBlank String classification,
        @Size(max = 4000) String description) {
}
