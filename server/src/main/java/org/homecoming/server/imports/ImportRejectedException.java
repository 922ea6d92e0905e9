package org.homecoming.server.imports;

/**
 * An import refused because its files have problems; nothing was written.
 *
 * <pre>{@code
 * catch (ImportRejectedException e) { e.preview().problems().forEach(System.err::println); }
 * }</pre>
 */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.problems().size() + " problem(s), nothing imported"
                + (preview.problems().isEmpty() ? "" : "; first: " + preview.problems().get(0)));
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
