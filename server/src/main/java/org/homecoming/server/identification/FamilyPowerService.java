package org.homecoming.server.identification;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.power.CandidateReference;
import org.homecoming.kinship.power.PowerAnalysis;
import org.homecoming.kinship.power.PowerOptions;
import org.homecoming.kinship.power.PowerReport;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * "What to sample next": the power of one family's references (docs/kinship-power.md) and the
 * chance with each living relative's sample added, computed and stored; {@link FamilyPowerJob}
 * runs it for every family in the background. θ = 0 and no dropout, as power describes what good
 * references can do; the search's mutation model and the active frequency table.
 *
 * <pre>{@code
 * power.compute(family, frequencies.active());
 * power.list(true); // the user's side, below the threshold, weakest first
 * }</pre>
 */
@Service
public class FamilyPowerService {

    static final long SEED = 1975;

    private final FamilyPowerRepository rows;
    private final IdentificationSettings settings;
    private final CurrentUsers currentUsers;

    FamilyPowerService(FamilyPowerRepository rows, IdentificationSettings settings, CurrentUsers currentUsers) {
        this.rows = rows;
        this.settings = settings;
        this.currentUsers = currentUsers;
    }

    /** Computes and stores the family's power; its candidates are the living members with no usable profile. */
    void compute(FamilyData f, StoredFrequencies stored) {
        List<Locus> loci = SearchModel.loci(stored.database(), List.of(), List.of(f), settings.mutationSpec());
        SearchFamily sf = SearchModel.family(f, loci);
        Map<String, FamilyMember> members = f.members().stream()
                .collect(Collectors.toMap(FamilyMember::ref, Function.identity(), (a, b) -> a));
        // Only those who could give a sample are simulated: the dead and the already typed cannot.
        List<String> candidates = f.members().stream().filter(FamilyMember::living).map(FamilyMember::ref)
                .filter(ref -> sf.pedigree().contains(ref) && !sf.references().isTyped(ref)).distinct().toList();
        long seed = SEED ^ f.personId();
        PowerReport r = PowerAnalysis.run(sf.pedigree(), sf.references(), loci, f.personRef(), candidates,
                new PowerOptions(seed, settings.powerSimulations(), settings.threshold()));
        Optional<CandidateReference> best = r.candidates().stream()
                .max(Comparator.comparingDouble((CandidateReference c) -> c.distribution().probabilityAtLeastThreshold())
                        .thenComparingDouble(c -> c.distribution().meanLog10Lr()));
        List<CandidatePower> each = r.candidates().stream().map(c -> new CandidatePower(c.person(),
                members.get(c.person()).fullName(), members.get(c.person()).relationship(),
                c.distribution().probabilityAtLeastThreshold(), c.distribution().meanLog10Lr())).toList();
        rows.store(new FamilyPowerRepository.Row(f.personId(), f.familyRef(), f.calls().size(), r.expectedLog10Lr(),
                r.exclusion().total(), r.baseline().probabilityAtLeastThreshold(), settings.threshold(),
                best.map(CandidateReference::person).orElse(null),
                best.map(c -> c.distribution().probabilityAtLeastThreshold()).orElse(null),
                best.map(c -> c.distribution().meanLog10Lr()).orElse(null), settings.powerSimulations(), seed,
                stored.id(), f.hash()), each);
    }

    /** Families of the user's side with a stored power, weakest first; only those below the threshold when asked. */
    public List<FamilyPower> list(boolean belowOnly) {
        return rows.list(currentUsers.get().side().name(), belowOnly);
    }

    public long countBelow() {
        return rows.countBelow();
    }
}
