package org.homecoming.server.assistance;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.HtmlToPdf;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The one-page summary a social worker prints for the person and the family, always in Vietnamese whatever the
 * reader's language: who, the latest functioning, the certified disability, and the services with where each stands.
 * Each print is audited.
 *
 * <pre>{@code
 * byte[] pdf = summary.pdf(assistance.recordUnaudited(42));
 * }</pre>
 */
@Service
class FamilySummary {

    static final String TEMPLATE = "assistance/summary";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SpringTemplateEngine templates;
    private final AuditLog audit;

    FamilySummary(SpringTemplateEngine templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    String html(PersonRecord r) {
        return templates.process(TEMPLATE, new Context(VIETNAMESE, Map.of("r", r, "p", r.person(),
                "domains", java.util.List.of(FunctioningDomain.values()), "pdfStyles", HtmlToPdf.reportStylesheet(),
                "printedAt", OffsetDateTime.now(RequestFields.ZONE))));
    }

    byte[] pdf(PersonRecord r) {
        byte[] pdf = HtmlToPdf.render(html(r), "summary of " + r.person().ref());
        audit.record(AuditAction.EXPORT, AssistanceService.ENTITY, r.person().id(), r.person().ref()
                + ": one-page summary for the family (pdf, vi)");
        return pdf;
    }
}
