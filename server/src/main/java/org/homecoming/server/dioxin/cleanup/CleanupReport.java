package org.homecoming.server.dioxin.cleanup;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.HtmlToPdf;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A site's cleanup progress report as PDF, in the language asked for: the plan and what is done per phase and in
 * total, the treatment batches with their verification results, and the releases for reuse. Rendered from the
 * template {@code dioxin/cleanup-report}; each export is audited.
 *
 * <pre>{@code
 * byte[] pdf = report.pdf(cleanup.of("BIEN_HOA"), Locale.forLanguageTag("vi"));
 * }</pre>
 */
@Service
class CleanupReport {

    static final String TEMPLATE = "dioxin/cleanup-report";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SpringTemplateEngine templates;
    private final AuditLog audit;

    CleanupReport(SpringTemplateEngine templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    String html(Cleanup c, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("c", c, "p", c.progress(), "pdfStyles", HtmlToPdf.reportStylesheet(),
                "printedAt", OffsetDateTime.now(ZONE))));
    }

    byte[] pdf(Cleanup c, Locale locale) {
        byte[] pdf = HtmlToPdf.render(html(c, locale), "cleanup progress report of " + c.site());
        audit.record(AuditAction.EXPORT, CleanupService.ENTITY, c.site(), "progress report (pdf, " + locale.getLanguage() + ")");
        return pdf;
    }

}
