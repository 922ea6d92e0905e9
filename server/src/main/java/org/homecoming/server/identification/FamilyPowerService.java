package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.power.CandidateReference;
import org.homecoming.kinship.power.PowerAnalysis;
import org.homecoming.kinship.power.PowerOptions;
import org.homecoming.kinship.power.PowerReport;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "What to sample next": power of each open family's references (docs/kinship-power.md), computed
 * in the background one family at a time and stored, so the list fills while it runs. θ = 0 and no
 * dropout, as power describes what good references can do; the search's mutation model and the
 * active frequency table.
 */
@Service
public class FamilyPowerService {

    private static final Logger log = LoggerFactory.getLogger(FamilyPowerService.class);
    static final long SEED = 1975;

    private final GeneticData data;
    private final FrequencyRepository frequencies;
    private final IdentificationSettings settings;
    private final IdentificationWorker worker;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    FamilyPowerService(GeneticData data, FrequencyRepository frequencies, IdentificationSettings settings,
            IdentificationWorker worker, JdbcClient jdbc, AuditLog audit) {
        this.data = data;
        this.frequencies = frequencies;
        this.settings = settings;
        this.worker = worker;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Queues the calculation for every open family with a typed reference. */
    public void submit(String by) {
        audit.recordAs(by, AuditAction.CREATE, "POWER", null, "power of all open families queued");
        worker.submitBackground(this::computeAll);
    }

    void computeAll() {
        StoredFrequencies db = frequencies.active();
        // the families with fewest references first: they are the likeliest to be below the threshold
        List<FamilyData> families = data.families(null).stream().filter(FamilyData::typed)
                .sorted(Comparator.comparingInt((FamilyData f) -> f.calls().size()).thenComparingLong(FamilyData::personId))
                .toList();
        for (FamilyData f : families) {
            try {
                compute(f, db);
            } catch (RuntimeException e) {
                log.warn("power of family {} failed: {}", f.familyRef(), e.getMessage());
            }
        }
    }

    FamilyPower compute(FamilyData f, StoredFrequencies stored) {
        FrequencyDatabase db = stored.database();
        List<Locus> loci = SearchModel.loci(db, List.of(), List.of(f), settings.mutationSpec());
        SearchFamily sf = SearchModel.family(f, loci);
        long seed = SEED ^ f.personId();
        PowerReport r = PowerAnalysis.run(sf.pedigree(), sf.references(), loci, f.personRef(),
                new PowerOptions(seed, settings.powerSimulations(), settings.threshold()));
        Map<String, FamilyMember> members = f.members().stream().collect(Collectors.toMap(FamilyMember::ref,
                Function.identity()));
        Optional<CandidateReference> best = r.candidates().stream()
                .filter(c -> members.containsKey(c.person()) && members.get(c.person()).living())
                .max(Comparator.comparingDouble(c -> c.distribution().probabilityAtLeastThreshold()));
        jdbc.sql("DELETE FROM ident_family_power WHERE person_id = ?").param(f.personId()).update();
        jdbc.sql("INSERT INTO ident_family_power (person_id, family_ref, references_typed, expected_log10_lr,"
                        + " exclusion_power, p_at_threshold, threshold, best_member_ref, best_p_at_threshold,"
                        + " best_mean_log10_lr, simulations, seed, frequency_db_id, computed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.personId(), f.familyRef(), f.calls().size(), r.expectedLog10Lr(), r.exclusion().total(),
                        r.baseline().probabilityAtLeastThreshold(), settings.threshold(),
                        best.map(CandidateReference::person).orElse(null),
                        best.map(c -> c.distribution().probabilityAtLeastThreshold()).orElse(null),
                        best.map(c -> c.distribution().meanLog10Lr()).orElse(null), settings.powerSimulations(), seed,
                        stored.id(), OffsetDateTime.now())
                .update();
        return list(false).stream().filter(p -> p.personId() == f.personId()).findFirst().orElseThrow();
    }

    /** Families of the user's side with a stored power, weakest first; only those below the threshold when asked. */
    public List<FamilyPower> list(boolean belowOnly) {
        String side = CurrentUser.get().side().name();
        return jdbc.sql("SELECT w.*, p.ref AS person_ref, p.full_name, m.full_name AS best_name,"
                        + " m.relationship AS best_relationship,"
                        + " (SELECT c.contact FROM family_member c WHERE c.person_id = p.id AND c.contact IS NOT NULL"
                        + "   ORDER BY c.id LIMIT 1) AS contact"
                        + " FROM ident_family_power w JOIN missing_person p ON p.id = w.person_id"
                        + " LEFT JOIN family_member m ON m.ref = w.best_member_ref"
                        + " WHERE p.side = ? AND p." + GeneticData.OPEN_PERSON
                        + (belowOnly ? " AND w.p_at_threshold < 0.5" : "")
                        + " ORDER BY w.p_at_threshold, w.expected_log10_lr, p.id")
                .param(side)
                .query((rs, n) -> new FamilyPower(rs.getLong("person_id"), rs.getString("person_ref"),
                        rs.getString("full_name"), rs.getString("family_ref"), rs.getInt("references_typed"),
                        rs.getDouble("expected_log10_lr"), rs.getDouble("exclusion_power"),
                        rs.getDouble("p_at_threshold"), rs.getDouble("threshold"), rs.getString("best_member_ref"),
                        rs.getString("best_name"), rs.getString("best_relationship"),
                        rs.getObject("best_p_at_threshold", Double.class), rs.getObject("best_mean_log10_lr", Double.class),
                        rs.getString("contact"), rs.getInt("simulations"), rs.getLong("seed"),
                        rs.getObject("computed_at", OffsetDateTime.class)))
                .list();
    }

    public long countBelow() {
        return jdbc.sql("SELECT COUNT(*) FROM ident_family_power w JOIN missing_person p ON p.id = w.person_id"
                + " WHERE w.p_at_threshold < 0.5 AND p." + GeneticData.OPEN_PERSON).query(Long.class).single();
    }
}
