package org.homecoming.server.landrelease.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.landrelease.LandFormat;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.web.HtmlToPdf;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * An activity's completion report as PDF, in the reader's language: who worked, how, when, the land released by
 * way of release (m² and ha) with the clearance depth, and every item found. Rendered from the template
 * {@code landrelease/activity-report}; each export is audited.
 *
 * <pre>{@code
 * byte[] pdf = report.pdf(activity, finds, Locale.forLanguageTag("vi"));
 * }</pre>
 */
@Service
class ActivityReport {

    static final String TEMPLATE = "landrelease/activity-report";

    private final SpringTemplateEngine templates;
    private final LandFormat format;
    private final AuditLog audit;

    ActivityReport(SpringTemplateEngine templates, LandFormat format, AuditLog audit) {
        this.templates = templates;
        this.format = format;
        this.audit = audit;
    }

    String html(Activity a, List<OrdnanceFind> finds, Locale locale) {
        Context ctx = new Context(locale, Map.of("a", a, "finds", finds, "fmt", format, "pdfStyles", HtmlToPdf.reportStylesheet(),
                "printedAt", OffsetDateTime.now(RequestFields.ZONE)));
        return templates.process(TEMPLATE, ctx);
    }

    byte[] pdf(Activity a, List<OrdnanceFind> finds, Locale locale) {
        byte[] pdf = HtmlToPdf.render(html(a, finds, locale), "completion report of " + a.ref());
        audit.record(AuditAction.EXPORT, ActivityService.ENTITY, a.id(), "completion report (pdf, " + locale.getLanguage()
                + ")");
        return pdf;
    }

}
