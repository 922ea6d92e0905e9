package org.homecoming.server.identification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.DviResult;
import org.homecoming.kinship.dvi.JointAssignment;
import org.homecoming.kinship.dvi.Pairing;
import org.homecoming.kinship.dvi.ReferenceFamily;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.RemainsRepository;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DVI incidents: the profiled remains of one site against the families of a given list of missing
 * persons, analysed jointly (pairwise LRs, exclusions, joint assignments, marginals, undisputed
 * matches) in the background. Victims with a degraded call are scored with the search's dropout.
 *
 * <pre>{@code
 * long id = dvi.create(siteId, List.of(12L, 13L, 14L), "Hố mộ tập thể Đồi 31", "lab-vn");
 * }</pre>
 */
@Service
public class DviIncidentService {

    private static final int JOINT_SHOWN = 10;

    private final JdbcClient jdbc;
    private final GeneticData data;
    private final FrequencyRepository frequencies;
    private final IdentificationSettings settings;
    private final IdentificationWorker worker;
    private final RemainsRepository remains;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    DviIncidentService(JdbcClient jdbc, GeneticData data, FrequencyRepository frequencies, IdentificationSettings settings,
            IdentificationWorker worker, RemainsRepository remains, ObjectMapper json, AuditLog audit,
            CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.data = data;
        this.frequencies = frequencies;
        this.settings = settings;
        this.worker = worker;
        this.remains = remains;
        this.json = json;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    public long create(long siteId, List<Long> personIds, String name, String by) {
        DecisionService.requireLab(currentUsers.get());
        if (personIds.isEmpty()) {
            throw new IllegalArgumentException("personIds must list the missing persons of the incident");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be given");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ident_dvi_incident (site_id, name, person_ids, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(siteId, name.strip(), personIds.stream().map(String::valueOf).collect(Collectors.joining(",")), by,
                        OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditAction.CREATE, "DVI_INCIDENT", id, name.strip());
        worker.submit(() -> analyse(id));
        return id;
    }

    /** One incident with its joint analysis (pairwise LRs, exclusions, assignments); audited. */
    @Transactional
    public DviIncident find(long id) {
        DecisionService.requireLab(currentUsers.get());
        DviIncident incident = jdbc.sql("SELECT * FROM ident_dvi_incident WHERE id = ?").param(id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("DVI incident", id));
        audit.record(AuditAction.VIEW_GENETIC, "DVI_INCIDENT", id, "joint analysis of " + incident.name() + " ("
                + incident.personIds().size() + " missing persons, site " + incident.siteId() + ")");
        return incident;
    }

    public List<DviIncident> all() {
        DecisionService.requireLab(currentUsers.get());
        return jdbc.sql("SELECT * FROM ident_dvi_incident ORDER BY id DESC").query(this::map).list();
    }

    void analyse(long id) {
        DviIncident incident = jdbc.sql("SELECT * FROM ident_dvi_incident WHERE id = ?").param(id).query(this::map).single();
        StoredFrequencies stored = frequencies.active();
        DviSummary summary;
        try {
            summary = summarise(run(incident, stored));
        } catch (RuntimeException e) {
            summary = new DviSummary(List.of(), List.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(),
                    String.valueOf(e.getMessage()));
        }
        try {
            jdbc.sql("UPDATE ident_dvi_incident SET result_json = ?, frequency_db_id = ?, mutation_model = ? WHERE id = ?")
                    .params(json.writeValueAsString(summary), stored.id(), settings.mutationSpec().text(), id).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DviResult run(DviIncident incident, StoredFrequencies stored) {
        List<Long> atSite = remains.atSite(incident.siteId()).stream().map(r -> r.id()).toList();
        List<RemainsData> victims = data.remains(new HashSet<>(atSite), false);
        List<FamilyData> families = data.families(incident.personIds(), false).stream().filter(FamilyData::typed).toList();
        if (victims.isEmpty() || families.isEmpty()) {
            throw new IllegalArgumentException("the incident needs profiled remains at the site and typed families: "
                    + victims.size() + " remains, " + families.size() + " families");
        }
        FrequencyDatabase db = stored.database();
        List<Locus> loci = SearchModel.loci(db, victims, families, settings.mutationSpec());
        GenotypeTable.Builder table = GenotypeTable.builder();
        Map<String, Sex> sexes = new LinkedHashMap<>();
        LikelihoodOptions options = LikelihoodOptions.defaults();
        for (RemainsData v : victims) {
            RemainsProfile r = SearchModel.remains(v, loci, settings.degradedDropout());
            r.genotypes().forEach((l, g) -> table.put(v.ref(), l, g));
            sexes.put(v.ref(), SearchModel.sex(v.sexEstimate()));
            if (r.dropout() > 0) {
                options = options.withDropout(v.ref(), r.dropout());
            }
        }
        // A family with several missing persons of the incident is one reference family with all of
        // them missing: any one view of it has every one of them in its pedigree (FamilyViews).
        Map<String, List<FamilyData>> byFamily = new LinkedHashMap<>();
        families.forEach(f -> byFamily.computeIfAbsent(f.familyRef(), k -> new ArrayList<>()).add(f));
        List<ReferenceFamily> refs = new ArrayList<>();
        for (List<FamilyData> fs : byFamily.values()) {
            SearchFamily sf = SearchModel.family(fs.get(0), loci);
            refs.add(new ReferenceFamily(fs.get(0).familyRef(), sf.pedigree(), sf.references(),
                    fs.stream().map(FamilyData::personRef).toList()));
        }
        DviOptions o = DviOptions.defaults().withThreshold(settings.threshold()).withLikelihood(options);
        return DviAnalysis.run(new DviProblem(table.build(), sexes, refs, loci, o));
    }

    private static DviSummary summarise(DviResult r) {
        Map<String, Map<String, Double>> pairwise = new LinkedHashMap<>();
        List<DviSummary.Exclusion> exclusions = new ArrayList<>();
        for (String v : r.pairwise().victims()) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (Pairing p : r.pairwise().row(v)) {
                row.put(p.missing(), p.lr().isPresent() ? p.lr().getAsDouble() : null);
                if (p.excluded()) {
                    exclusions.add(new DviSummary.Exclusion(v, p.missing(), p.incompatibleMarkers()));
                }
            }
            pairwise.put(v, row);
        }
        List<DviSummary.Joint> joint = new ArrayList<>();
        for (JointAssignment a : r.joint().assignments().subList(0, Math.min(JOINT_SHOWN, r.joint().assignments().size()))) {
            joint.add(new DviSummary.Joint(a.assignment(), Math.log10(a.lr()), a.posterior()));
        }
        List<DviSummary.Undisputed> undisputed = r.undisputed().stream()
                .map(i -> new DviSummary.Undisputed(i.victim(), i.missing(), i.lr())).toList();
        return new DviSummary(r.pairwise().victims(), r.pairwise().missing(), pairwise, exclusions, joint, r.marginals(),
                undisputed, null);
    }

    private DviIncident map(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result_json");
        DviSummary summary = null;
        if (result != null) {
            try {
                summary = json.readValue(result, DviSummary.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored DVI result of incident " + rs.getLong("id") + " is unreadable", e);
            }
        }
        List<Long> persons = Arrays.stream(rs.getString("person_ids").split(",")).map(Long::valueOf).toList();
        return new DviIncident(rs.getLong("id"), rs.getLong("site_id"), rs.getString("name"), persons,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("frequency_db_id", Long.class), rs.getString("mutation_model"), summary);
    }
}
