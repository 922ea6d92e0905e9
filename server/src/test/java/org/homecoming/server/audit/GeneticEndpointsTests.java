package org.homecoming.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A tripwire for the class of fault "a new way to see genetic data that nobody audits": every
 * endpoint under the genetic parts of the application (identification pages and API, samples,
 * profiles, exchange-package export) must be listed here, either with the audit line it writes
 * ({@link AuditTrailTests} reads those lines back) or with the reason it shows no genetic data.
 * A new endpoint there fails this test until someone decides which it is.
 */
@HomecomingTest
class GeneticEndpointsTests {

    static final String[] GENETIC_AREAS = {"/identification", "/api/v1/identification", "/api/v1/samples",
        "/api/v1/profiles", "/api/v1/remains/{id}/samples", "/archive/exchange/export", "/api/v1/archive/exchange/export"};

    /** Endpoint → the audit line it writes ("audited: ...") or why it needs none ("no genetic data: ..."). */
    static final Map<String, String> CLASSIFIED = Map.ofEntries(
            Map.entry("GET /identification", "audited: VIEW_GENETIC QUEUE (the review queue with LRs)"),
            Map.entry("GET /api/v1/identification/queue", "audited: VIEW_GENETIC QUEUE"),
            Map.entry("GET /identification/remains/{id}", "audited: VIEW_GENETIC REMAINS (candidates)"),
            Map.entry("GET /api/v1/identification/remains/{id}/candidates", "audited: VIEW_GENETIC REMAINS"),
            Map.entry("GET /identification/candidates/{id}", "audited: VIEW_GENETIC CANDIDATE (markers, pedigree)"),
            Map.entry("GET /api/v1/identification/candidates/{id}", "audited: VIEW_GENETIC CANDIDATE"),
            Map.entry("GET /identification/decisions/{id}/report", "audited: EXPORT_GENETIC IDENTIFICATION (html)"),
            Map.entry("GET /identification/decisions/{id}/report.pdf", "audited: EXPORT_GENETIC IDENTIFICATION (pdf)"),
            Map.entry("GET /api/v1/identification/decisions/{id}/report.pdf", "audited: EXPORT_GENETIC IDENTIFICATION"),
            Map.entry("GET /api/v1/identification/decisions/{id}", "audited: VIEW_GENETIC IDENTIFICATION"),
            Map.entry("POST /identification/candidates/{id}/confirm", "audited: CREATE/UPDATE IDENTIFICATION, statuses"),
            Map.entry("POST /api/v1/identification/candidates/{id}/confirm", "audited: CREATE/UPDATE IDENTIFICATION"),
            Map.entry("POST /identification/candidates/{id}/reject", "audited: UPDATE IDENTIFICATION"),
            Map.entry("POST /api/v1/identification/candidates/{id}/reject", "audited: UPDATE IDENTIFICATION"),
            Map.entry("GET /identification/dvi/{id}", "audited: VIEW_GENETIC DVI_INCIDENT (pairwise LRs)"),
            Map.entry("GET /api/v1/identification/dvi/{id}", "audited: VIEW_GENETIC DVI_INCIDENT"),
            Map.entry("POST /identification/dvi", "audited: CREATE DVI_INCIDENT"),
            Map.entry("POST /api/v1/identification/dvi", "audited: CREATE and VIEW_GENETIC DVI_INCIDENT"),
            Map.entry("GET /api/v1/samples/{id}/profile", "audited: VIEW_GENETIC SAMPLE"),
            Map.entry("GET /api/v1/profiles", "audited: VIEW_GENETIC SAMPLE, one line per profile"),
            Map.entry("POST /archive/exchange/export", "audited: EXPORT_GENETIC PACKAGE when it carries profiles"),
            Map.entry("POST /api/v1/archive/exchange/export", "audited: EXPORT_GENETIC PACKAGE when it carries profiles"),
            Map.entry("POST /identification/searches", "audited: CREATE SEARCH_JOB"),
            Map.entry("POST /api/v1/identification/searches", "audited: CREATE SEARCH_JOB"),
            Map.entry("POST /api/v1/identification/frequencies", "audited: CREATE FREQUENCY_DB"),
            Map.entry("POST /api/v1/identification/lineage-reference", "audited: CREATE LINEAGE_REFERENCE"),
            Map.entry("GET /api/v1/identification/lineage-reference/active",
                    "no genetic data: the population set's name, source and counts, no haplotype"),
            Map.entry("POST /identification/next-samples", "audited: CREATE POWER"),
            Map.entry("POST /api/v1/identification/next-samples", "audited: CREATE POWER"),
            Map.entry("GET /identification/dvi", "no genetic data: incident names, sites and dates"),
            Map.entry("GET /identification/searches/{id}/progress", "no genetic data: a job's progress counts"),
            Map.entry("GET /api/v1/identification/searches", "no genetic data: jobs' settings and counts"),
            Map.entry("GET /api/v1/identification/searches/{id}", "no genetic data: a job's settings and counts"),
            Map.entry("GET /identification/candidates/{id}/posterior",
                    "no genetic data: the posterior of the prior and LR the analyst's page sends"),
            Map.entry("GET /api/v1/identification/frequencies/active", "no genetic data: population allele frequencies"),
            Map.entry("GET /identification/next-samples",
                    "no genetic data: power figures and the relative to ask, shown to liaison staff by design"),
            Map.entry("GET /api/v1/identification/next-samples", "no genetic data: as the page"),
            Map.entry("GET /identification/next-samples/progress", "no genetic data: the power job's progress counts"),
            Map.entry("GET /api/v1/identification/next-samples/progress", "no genetic data: as the fragment"),
            Map.entry("GET /api/v1/samples/{id}/custody", "no genetic data: chain-of-custody events"),
            Map.entry("POST /api/v1/samples/{id}/custody", "audited: UPDATE SAMPLE (custody event)"),
            Map.entry("GET /api/v1/remains/{id}/samples", "no genetic data: sample refs, kits and degraded flags"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointThatCouldShowGeneticDataIsClassified() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            for (String area : GENETIC_AREAS) {
                if (pattern.equals(area) || pattern.startsWith(area + "/")) {
                    Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                            : new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
                    methods.forEach(m -> found.add(m + " " + pattern.replaceAll("\\{[^}]+}", "{id}")));
                }
            }
        }));
        assertThat(found).as("endpoints in the genetic areas not yet classified (audited or not genetic)")
                .isSubsetOf(CLASSIFIED.keySet());
        assertThat(CLASSIFIED.keySet()).as("classified endpoints that no longer exist").isSubsetOf(found);
    }
}
