package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.Comparison;
import org.homecoming.server.registry.FamilyDisclosure;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PedigreeDrawing;
import org.homecoming.server.registry.PedigreeSvg;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.registry.Viewer;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.RemainsComparator;
import org.homecoming.server.registry.RemainsRepository;
import org.homecoming.server.registry.Site;
import org.homecoming.server.registry.SiteRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.web.Labels;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an analyst reviews: the queue of remains with open candidates, and per remains the
 * candidates with their evidence; per candidate the recomputed per-marker table, lineage, pedigree
 * and exclusions. Candidates whose person the analyst's side may not see are left out; every view
 * of genetic data is audited.
 */
@Service
public class ReviewService {

    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final SearchJobRepository jobs;
    private final PairAnalysis analysis;
    private final RemainsRepository remains;
    private final SiteRepository sites;
    private final PersonRepository persons;
    private final FamilyRepository families;
    private final SharingService sharing;
    private final AuditLog audit;
    private final Labels labels;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    ReviewService(FamilyDisclosure disclosure, CandidateRepository candidates, DecisionRepository decisions, SearchJobRepository jobs,
            PairAnalysis analysis, RemainsRepository remains, SiteRepository sites, PersonRepository persons,
            FamilyRepository families, SharingService sharing, AuditLog audit, Labels labels,
            CurrentUsers currentUsers) {
        this.labels = labels;
        this.candidates = candidates;
        this.decisions = decisions;
        this.jobs = jobs;
        this.analysis = analysis;
        this.remains = remains;
        this.sites = sites;
        this.persons = persons;
        this.families = families;
        this.sharing = sharing;
        this.audit = audit;
        this.disclosure = disclosure;
        this.currentUsers = currentUsers;
    }

    /** The remains with open candidates at or above {@code minLog10Lr}, with their LRs; audited. */
    @Transactional
    public List<QueueEntry> queue(double minLog10Lr) {
        CurrentUser u = DecisionService.requireLab(currentUsers.get());
        List<QueueEntry> out = candidates.queue(minLog10Lr, u.side().name(), 500);
        audit.record(AuditAction.VIEW_GENETIC, "QUEUE", null, "review queue: " + out.size() + " remains at log10 LR >= "
                + minLog10Lr);
        return out;
    }

    public Remains remains(long id) {
        return remains.find(id).orElseThrow(() -> new NotFoundException("remains", id));
    }

    public Site site(Remains r) {
        return sites.find(r.siteId()).orElseThrow();
    }

    /** The current candidates of a set of remains, best first; audited. */
    @Transactional
    public List<CandidateView> candidates(long remainsId) {
        CurrentUser u = DecisionService.requireLab(currentUsers.get());
        Remains r = remains(remainsId);
        Site site = site(r);
        List<CandidateView> out = new ArrayList<>();
        for (StoredCandidate c : candidates.currentFor(remainsId)) {
            MissingPerson p = persons.find(c.personId()).orElse(null);
            if (p == null || !sharing.visible(u, "PERSON", p.id(), p.side())) {
                continue;
            }
            out.add(view(c, r, site, p));
        }
        audit.record(AuditAction.VIEW_GENETIC, "REMAINS", remainsId, "identification candidates (" + out.size() + ")");
        return out;
    }

    CandidateView view(StoredCandidate c, Remains r, Site site, MissingPerson p) {
        double prior = defaultPrior(c);
        Comparison evidence = RemainsComparator.compare(r, site, p).orElse(null);
        boolean rejected = !candidates.isOpen(c.id()) && c.current();
        Decision pending = decisions.pending(c.remainsId(), c.personId()).orElse(null);
        return new CandidateView(c, p, prior, Posterior.of(prior, c.log10Lr()), evidence, rejected, pending);
    }

    /** 1 / the number of families the candidate's search compared (every family equally likely a priori). */
    double defaultPrior(StoredCandidate c) {
        int n = jobs.find(c.jobId()).map(SearchJob::familyCount).orElse(2);
        return 1.0 / Math.max(2, n);
    }

    StoredCandidate stored(long candidateId) {
        return candidates.find(candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
    }

    /** One candidate in full; audited as a view of genetic data. */
    @Transactional
    public CandidateDetail detail(long candidateId) {
        CurrentUser u = DecisionService.requireLab(currentUsers.get());
        StoredCandidate c = candidates.find(candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
        MissingPerson p = persons.find(c.personId()).orElseThrow(() -> new NotFoundException("person", c.personId()));
        if (!sharing.visible(u, "PERSON", p.id(), p.side())) {
            throw new NotFoundException("candidate", candidateId);
        }
        Remains r = remains(c.remainsId());
        // a person who stands in another missing person's family is weighed against that family's rows
        MissingPerson head = families.headOf(p.id()).flatMap(persons::find).orElse(p);
        List<Relative> family = disclosure.family(Viewer.of(u), p, families.ofPerson(head.id()), "review panel");
        PairReport report = withheld(analysis.analyse(c), family);
        Set<Long> typed = disclosure.visibleReferences(family, families.profiled(head.id()));
        PedigreeDrawing svg = PedigreeSvg.drawRelatives(p, new PedigreeSvg.OtherMissing(head, families.missingRows(head.id()),
                labels.message("pedigree.missing", List.of(), "missing")), family, typed, true,
                code -> labels.of("relationship", code), labels.message("family.withheld", List.of(), PedigreeSvg.WITHHELD));
        audit.record(AuditAction.VIEW_GENETIC, "CANDIDATE", candidateId, "remains " + r.ref() + " against " + p.ref());
        // the panel shows, and a confirmation records, the posterior on the combined LR (autosomal and lineage)
        CandidateView v = view(c, r, site(r), p);
        CandidateView onCombined = new CandidateView(c, p, v.prior(), Posterior.of(v.prior(), report.combinedLog10Lr()),
                v.evidence(), v.rejected(), v.pending());
        return new CandidateDetail(onCombined, r, report, svg, family, typed);
    }

    /** The report without the genotypes and haplotypes of relatives whose genetic data the viewer may not see. */
    static PairReport withheld(PairReport report, List<Relative> family) {
        Set<String> hidden = family.stream().filter(m -> !m.geneticVisible()).map(Relative::ref)
                .collect(java.util.stream.Collectors.toSet());
        if (hidden.isEmpty()) {
            return report;
        }
        List<MarkerRow> markers = report.markers().stream().map(m -> new MarkerRow(m.locus(), m.remains(),
                m.references().entrySet().stream().filter(e -> !hidden.contains(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                                (a, b) -> a, java.util.TreeMap::new)), m.lr(), m.incompatible())).toList();
        List<LineageRow> lineage = report.lineage().stream().filter(l -> !hidden.contains(l.memberRef())).toList();
        return new PairReport(markers, report.log10Lr(), lineage, report.combinedLog10Lr(), report.incompatibleMarkers(),
                report.reproduced(), report.dataChanged(), report.notes(), report.lineageSet());
    }
}
