package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.web.HtmlToPdf;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.FamilyDisclosure;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.registry.Viewer;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.RemainsRepository;
import org.homecoming.server.registry.SiteRepository;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The identification report of a confirmed decision, as HTML (template {@code
 * identification/report}) and as PDF rendered from the same HTML with openhtmltopdf and an
 * embedded DejaVu Sans (Vietnamese diacritics need a font that has them). Audited as an export of
 * genetic data.
 *
 * <pre>{@code
 * byte[] pdf = reports.pdf(decisionId, Locale.forLanguageTag("vi"));
 * }</pre>
 */
@Service
class ReportService {

    static final String TEMPLATE = "identification/report";

    private final DecisionService decisions;
    private final CandidateRepository candidates;
    private final SearchJobRepository jobs;
    private final FrequencyRepository frequencies;
    private final PairAnalysis analysis;
    private final PersonService persons;
    private final RemainsRepository remains;
    private final SiteRepository sites;
    private final FamilyRepository families;
    private final SpringTemplateEngine templates;
    private final AuditLog audit;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    ReportService(FamilyDisclosure disclosure, DecisionService decisions, CandidateRepository candidates, SearchJobRepository jobs,
            FrequencyRepository frequencies, PairAnalysis analysis, PersonService persons, RemainsRepository remains,
            SiteRepository sites, FamilyRepository families, SpringTemplateEngine templates, AuditLog audit,
            CurrentUsers currentUsers) {
        this.decisions = decisions;
        this.candidates = candidates;
        this.jobs = jobs;
        this.frequencies = frequencies;
        this.analysis = analysis;
        this.persons = persons;
        this.remains = remains;
        this.sites = sites;
        this.families = families;
        this.templates = templates;
        this.audit = audit;
        this.disclosure = disclosure;
        this.currentUsers = currentUsers;
    }

    /** The report's content; audited as an export of genetic data in {@code format} ("html" or "pdf"). */
    @Transactional
    public IdentificationReport report(long decisionId, String format, Locale locale) {
        Decision d = decisions.find(decisionId);
        if (!"CONFIRMED".equals(d.status())) {
            throw new IllegalArgumentException("identification " + decisionId + " is " + d.status()
                    + "; a report is written for confirmed identifications only");
        }
        StoredCandidate c = candidates.find(d.candidateId()).orElseThrow();
        SearchJob job = jobs.find(c.jobId()).orElseThrow();
        StoredFrequencies db = frequencies.find(job.frequencyDbId());
        MissingPerson p = persons.visible(d.personId());
        Remains r = remains.find(d.remainsId()).orElseThrow(() -> new NotFoundException("remains", d.remainsId()));
        long head = families.headOf(p.id()).orElse(p.id());
        List<FamilyMember> all = families.ofPerson(head);
        List<Relative> seen = disclosure.family(Viewer.of(currentUsers.get()), p, all, "identification report");
        Set<Long> typed = disclosure.visibleReferences(seen, families.profiled(head));
        List<FamilyMember> refs = all.stream().filter(m -> typed.contains(m.id())).toList();
        PairReport evidence = ReviewService.withheld(analysis.analyse(c), seen);
        audit.record(AuditAction.EXPORT_GENETIC, DecisionService.ENTITY, decisionId, "identification report (" + format
                + ", " + locale.getLanguage() + ") of remains " + r.ref() + " as person " + p.ref());
        return new IdentificationReport(d, p, r, sites.find(r.siteId()).orElseThrow(), refs, evidence, job, db.name(),
                db.sha256(), c.dropout(), OffsetDateTime.now());
    }

    /** The report as an HTML page in {@code locale}. */
    String html(long decisionId, Locale locale) {
        return html(report(decisionId, "html", locale), locale);
    }

    String html(IdentificationReport report, Locale locale) {
        return html(report, locale, "");
    }

    /** The report's HTML; {@code pdfStyles} non-empty puts the stylesheet inline (for the PDF renderer). */
    private String html(IdentificationReport report, Locale locale, String pdfStyles) {
        Context ctx = new Context(locale, Map.of("report", report, "lang", locale.getLanguage(), "pdfStyles", pdfStyles));
        return templates.process(TEMPLATE, ctx);
    }


    /** The report as PDF in {@code locale}. */
    byte[] pdf(long decisionId, Locale locale) {
        String html = html(report(decisionId, "pdf", locale), locale, HtmlToPdf.reportStylesheet());
        return org.homecoming.server.web.HtmlToPdf.render(html, "identification report " + decisionId);
    }
}
