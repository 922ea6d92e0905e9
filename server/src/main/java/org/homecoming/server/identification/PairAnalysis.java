package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.LikelihoodRatio;
import org.homecoming.kinship.lr.LrResult;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Recomputes a stored pair from its record alone: the job's frequency table (by id, checked by its
 * SHA-256), loci and added alleles, mutation model and θ, and the dropout the remains were scored
 * with, and the population set its lineage frequencies are counted in; the exact pairwise engine ({@link PairwiseLr}, two peelings) gives the per-marker LRs, and a
 * second run without mutation finds the incompatible markers.
 *
 * <pre>{@code
 * PairReport r = analysis.analyse(candidate);
 * r.reproduced(); // the stored LR came back to 1e-9
 * }</pre>
 */
@Service
class PairAnalysis {

    private final SearchJobRepository jobs;
    private final FrequencyRepository frequencies;
    private final GeneticData data;
    private final LineageComparisons lineage;
    private final LineageReferenceRepository references;

    PairAnalysis(SearchJobRepository jobs, FrequencyRepository frequencies, GeneticData data, LineageComparisons lineage,
            LineageReferenceRepository references) {
        this.references = references;
        this.jobs = jobs;
        this.frequencies = frequencies;
        this.data = data;
        this.lineage = lineage;
    }

    /** The data of a pair as stored now (identified records included). */
    Pair load(StoredCandidate c) {
        RemainsData r = data.remains(Set.of(c.remainsId()), false).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("remains profile", c.remainsId()));
        FamilyData f = data.families(Set.of(c.personId()), false).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("family of person", c.personId()));
        return new Pair(r, f);
    }

    PairReport analyse(StoredCandidate c) {
        SearchJob job = jobs.find(c.jobId()).orElseThrow(() -> new NotFoundException("search job", c.jobId()));
        Pair p = load(c);
        List<String> notes = new ArrayList<>();
        StoredFrequencies stored = frequencies.find(job.frequencyDbId());
        if (!FrequencyRepository.sha256(stored.content()).equals(stored.sha256())) {
            throw new IllegalStateException("frequency database " + stored.id() + " does not match its SHA-256");
        }
        FrequencyDatabase db = stored.database();
        List<String> names = job.loci() == null || job.loci().isBlank() ? List.of() : List.of(job.loci().split(","));
        Map<String, List<String>> added = jobs.addedAlleles(job);
        List<Locus> loci = SearchModel.loci(db, names, added, MutationSpec.parse(job.mutationModel()));
        List<Map<String, Genotype>> calls = new ArrayList<>(p.family().calls().values());
        calls.add(p.remains().calls());
        Map<String, List<String>> unknown = SearchModel.unknownAlleles(loci, calls);
        if (!unknown.isEmpty()) {
            notes.add("alleles added since the search: " + unknown);
            unknown.forEach((l, a) -> added.merge(l, a, (x, y) -> {
                List<String> all = new ArrayList<>(x);
                all.addAll(y);
                return all;
            }));
            loci = SearchModel.loci(db, names, added, MutationSpec.parse(job.mutationModel()));
        }
        SearchFamily family = SearchModel.family(p.family(), loci);
        RemainsProfile remains = new RemainsProfile(p.remains().ref(),
                SearchModel.remains(p.remains(), loci, 0).genotypes(), c.dropout());
        LikelihoodOptions options = LikelihoodOptions.defaults().withTheta(job.theta());
        LikelihoodRatio lr = ratio(PairwiseLr.analyse(family, remains, loci, options));
        List<Locus> plain = loci.stream().map(l -> l.withMutation(MutationModel.none(l.alleleCount()))).toList();
        LikelihoodRatio strict = ratio(PairwiseLr.analyse(family, remains, plain, options));
        List<MarkerRow> rows = new ArrayList<>();
        List<String> incompatible = new ArrayList<>();
        for (Locus l : loci) {
            Genotype g = remains.genotypes().get(l.name());
            Map<String, String> refs = new LinkedHashMap<>();
            for (String member : family.references().persons()) {
                family.references().get(member, l.name()).ifPresent(x -> refs.put(member, call(x)));
            }
            if (g == null && refs.isEmpty()) {
                continue;
            }
            boolean bad = strict.markers().getOrDefault(l.name(), 1.0) == 0;
            if (bad) {
                incompatible.add(l.name());
            }
            rows.add(new MarkerRow(l.name(), g == null ? "" : call(g), refs, lr.markers().getOrDefault(l.name(), 1.0), bad));
        }
        boolean reproduced = Math.abs(lr.log10() - c.log10Lr()) <= 1e-9 * Math.max(1, Math.abs(c.log10Lr()));
        boolean changed = !FrequencyRepository.sha256(p.remains().hash() + "|" + p.family().hash()).equals(c.dataHash());
        StoredLineageReference set = job.lineageReferenceId() == null ? null : references.find(job.lineageReferenceId())
                .orElseThrow(() -> new IllegalStateException("lineage reference set " + job.lineageReferenceId() + " is gone"));
        List<LineageRow> lineageRows = lineage.compare(p.remains(), p.family(), family.pedigree(), set);
        return new PairReport(rows, lr.log10(), lineageRows, lr.log10() + LineageComparisons.log10(lineageRows),
                incompatible, reproduced, changed, notes, set);
    }

    Pedigree pedigree(FamilyData f) {
        return SearchModel.pedigree(f);
    }

    private static LikelihoodRatio ratio(LrResult r) {
        return r.lr().entrySet().stream().filter(e -> !e.getKey().equals(r.reference())).findFirst().orElseThrow()
                .getValue();
    }

    private static String call(Genotype g) {
        return g.allele2() == null || g.allele2().equals(g.allele1()) ? g.allele1() + "/" + g.allele1()
                : g.allele1() + "/" + g.allele2();
    }

    /** The stored data of one pair. */
    record Pair(RemainsData remains, FamilyData family) {
    }
}
