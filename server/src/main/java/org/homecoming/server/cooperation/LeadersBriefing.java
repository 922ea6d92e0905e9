package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
 * The briefing for a leaders' meeting, generated from the live records, in Vietnamese and English one after the
 * other in one PDF: what was agreed (every open commitment, by area), what has been done since the last meeting
 * (commitments that became done after it), what is late (overdue), and the indicators against their targets.
 *
 * <pre>{@code
 * byte[] pdf = briefing.pdf();
 * }</pre>
 */
@Service
class LeadersBriefing {

    static final String TEMPLATE = "cooperation/briefing";

    private final CommitmentService commitments;
    private final IndicatorService indicators;
    private final MeetingService meetings;
    private final SpringTemplateEngine templates;
    private final AuditLog audit;

    LeadersBriefing(CommitmentService commitments, IndicatorService indicators, MeetingService meetings,
            SpringTemplateEngine templates, AuditLog audit) {
        this.commitments = commitments;
        this.indicators = indicators;
        this.meetings = meetings;
        this.templates = templates;
        this.audit = audit;
    }

    /** What the briefing says, in the order it says it. */
    record Contents(Meeting lastMeeting, List<Commitment> agreed, List<Commitment> doneSince, List<Commitment> late,
            List<Indicator> indicators) {
    }

    Contents contents() {
        LocalDate today = RequestFields.today();
        List<Meeting> timeline = meetings.timeline();
        Meeting last = timeline.stream().filter(m -> !m.heldOn().isAfter(today)).findFirst().orElse(null);
        LocalDate since = last == null ? LocalDate.MIN : last.heldOn();
        List<Commitment> all = commitments.list(null, null);
        return new Contents(last, all.stream().filter(c -> c.status().open()).toList(),
                all.stream().filter(c -> c.status() == CommitmentStatus.DONE && c.history().stream()
                        .anyMatch(h -> h.status() == CommitmentStatus.DONE && h.changedOn().isAfter(since))).toList(),
                all.stream().filter(c -> c.standing() == CommitmentStatus.Standing.OVERDUE).toList(),
                indicators.list(null, today));
    }

    String html() {
        Contents c = contents();
        String vi = templates.process(TEMPLATE, new Context(Locale.forLanguageTag("vi"), Map.of("b", c, "lang", "vi",
                "printedAt", OffsetDateTime.now(RequestFields.ZONE), "pdfStyles", HtmlToPdf.reportStylesheet())));
        String en = templates.process(TEMPLATE, new Context(Locale.ENGLISH, Map.of("b", c, "lang", "en",
                "printedAt", OffsetDateTime.now(RequestFields.ZONE), "pdfStyles", "")));
        // One document: the Vietnamese part, a page break, the English part's body.
        String enBody = en.substring(en.indexOf("<body>") + "<body>".length(), en.lastIndexOf("</body>"));
        return vi.replace("</body>", "<div class=\"page-break\"></div>" + enBody + "</body>");
    }

    byte[] pdf() {
        byte[] pdf = HtmlToPdf.render(html(), "leaders' briefing");
        audit.record(AuditAction.EXPORT, "COOPERATION_BRIEFING", null, "briefing (pdf, vi and en)");
        return pdf;
    }
}
