package org.homecoming.server.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a report's HTML (XHTML, stylesheet inline) to PDF with openhtmltopdf and the embedded DejaVu Sans, a font
 * that has every Vietnamese letter; the reports of identification and of land release use it alike.
 *
 * <pre>{@code
 * byte[] pdf = HtmlToPdf.render(html, "activity AC-2026-000001");
 * }</pre>
 */
public final class HtmlToPdf {

    private static final String FONT = "/identification/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/identification/fonts/DejaVuSans-Bold.ttf";
    private static final String STYLESHEET = "/static/css/report.css";

    private HtmlToPdf() {
    }

    /** The PDF of {@code html}; {@code what} names the report in an error. */
    public static byte[] render(String html, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> HtmlToPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
            b.useFont(() -> HtmlToPdf.class.getResourceAsStream(FONT_BOLD), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + what + " as PDF", e);
        }
        return out.toByteArray();
    }

    /** The stylesheet every printed report shares, to put inline (the PDF renderer fetches nothing). */
    public static String reportStylesheet() {
        try (var in = HtmlToPdf.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the report stylesheet is missing: " + STYLESHEET);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report stylesheet " + STYLESHEET, e);
        }
    }
}
