package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageRelation;
import org.homecoming.kinship.lineage.LineageResult;
import org.homecoming.kinship.lineage.LineageValue;
import org.homecoming.kinship.lineage.MitoComparison;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.lineage.YStrComparison;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.server.registry.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares the remains' Y-STR and mtDNA haplotypes with the references on the missing person's
 * paternal and maternal lines (docs/kinship-lineage.md rules). A match is weighed by the
 * haplotype's frequency (95% Clopper–Pearson upper bound, LR = 1 / bound) counted in the search
 * job's population reference set ({@link LineageReferenceRepository}); a job queued before any set
 * was stored counts among all reference haplotypes of the registry instead, and the review panel
 * says so (docs/kinship-lineage.md on the bias).
 *
 * <pre>{@code
 * List<LineageRow> rows = lineage.compare(remains, family, pedigree, set); // set null: the registry's own
 * }</pre>
 */
@Component
class LineageComparisons {

    private final JdbcClient jdbc;
    private final LineageReferenceRepository references;

    LineageComparisons(JdbcClient jdbc, LineageReferenceRepository references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    List<LineageRow> compare(RemainsData remains, FamilyData family, Pedigree pedigree, StoredLineageReference set) {
        List<LineageRow> rows = new ArrayList<>();
        if (remains.yStr() != null && !family.yStr().isEmpty()) {
            YHaplotype evidence = YHaplotype.parse(remains.yStr());
            List<YHaplotype> database = reference("YSTR", set).stream().map(YHaplotype::parse).toList();
            List<LineageRow> y = new ArrayList<>();
            family.yStr().forEach((ref, value) -> {
                OptionalInt meioses = LineageRelation.paternal(pedigree, family.personRef(), ref);
                if (meioses.isPresent()) {
                    YStrComparison c = YStrComparison.of(evidence, YHaplotype.parse(value));
                    LineageResult r = LineageResult.ofY(c, evidence, database);
                    y.add(row("Y-STR", ref, family, meioses.getAsInt(), r,
                            c.sharedLoci() + " loci compared, " + c.mismatchingLoci() + " differ (" + c.totalSteps() + " steps)"));
                }
            });
            rows.addAll(counted(y));
        }
        if (remains.mtDna() != null && !family.mtDna().isEmpty()) {
            MitoProfile evidence = mito(remains.mtDna());
            List<MitoProfile> database = reference("MTDNA", set).stream().map(LineageComparisons::mito).toList();
            List<LineageRow> mt = new ArrayList<>();
            family.mtDna().forEach((ref, value) -> {
                OptionalInt meioses = LineageRelation.maternal(pedigree, family.personRef(), ref);
                if (meioses.isPresent()) {
                    MitoComparison c = MitoComparison.of(evidence, mito(value));
                    LineageResult r = LineageResult.ofMito(c, evidence, database);
                    mt.add(row("mtDNA", ref, family, meioses.getAsInt(), r,
                            c.overlap() + " positions compared, " + c.differences().size() + " differ"));
                }
            });
            rows.addAll(counted(mt));
        }
        return rows;
    }

    /** The closest reference (fewest meioses) with a verdict other than inconclusive is the one counted. */
    private static List<LineageRow> counted(List<LineageRow> rows) {
        rows.sort(Comparator.comparingInt(LineageRow::meioses).thenComparing(LineageRow::memberRef));
        List<LineageRow> out = new ArrayList<>();
        boolean done = false;
        for (LineageRow r : rows) {
            boolean count = !done && r.lr() != null;
            done |= count;
            out.add(new LineageRow(r.marker(), r.memberRef(), r.relationship(), r.meioses(), r.conclusion(), r.lr(),
                    r.detail(), count));
        }
        return out;
    }

    private static LineageRow row(String marker, String ref, FamilyData family, int meioses, LineageResult r, String detail) {
        String relationship = family.members().stream().filter(m -> m.ref().equals(ref)).map(FamilyMember::relationship)
                .findFirst().orElse("");
        Double lr = r.likelihoodRatio().isPresent() ? r.likelihoodRatio().getAsDouble() : null;
        String conclusion = r.conclusion() == LineageConclusion.CANNOT_EXCLUDE ? "CANNOT_EXCLUDE" : r.conclusion().name();
        return new LineageRow(marker, ref, relationship, meioses, conclusion, lr, detail, false);
    }

    static MitoProfile mito(String value) {
        return LineageValue.mito(value);
    }

    /** The haplotypes frequencies are counted in: the population set's, or without one the registry's references. */
    private List<String> reference(String type, StoredLineageReference set) {
        if (set != null) {
            return references.haplotypes(set.id(), type);
        }
        return jdbc.sql("SELECT h.haplotype FROM lineage_haplotype h JOIN sample s ON s.id = h.sample_id"
                + " WHERE s.family_member_id IS NOT NULL AND h.marker_type = ?").param(type).query(String.class).list();
    }

    /** Sum of the log10 LRs of the counted rows (−∞ for an exclusion). */
    static double log10(List<LineageRow> rows) {
        double sum = 0;
        for (LineageRow r : rows) {
            if (r.counted()) {
                sum += Math.log10(r.lr());
            }
        }
        return sum;
    }

}
