package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Converts a {@link FamiliasFile} into a {@link FamiliasCase}; see that class for the conventions. */
final class FamiliasConversion {

    private final FamiliasFile f;
    private final Predicate<String> xLinked;
    private final List<String> warnings = new ArrayList<>();
    private final List<AddedAllele> added = new ArrayList<>();
    private final Map<String, Locus> loci = new LinkedHashMap<>();

    FamiliasConversion(FamiliasFile f, Predicate<String> xLinked) {
        this.f = f;
        this.xLinked = xLinked;
    }

    FamiliasCase convert() {
        Map<String, Set<String>> observed = observedAlleles();
        for (FamiliasLocus l : f.database().loci()) {
            loci.put(l.name(), LocusConversion.convert(f.file(), l, observed.getOrDefault(l.name(), Set.of()),
                    xLinked.test(l.name()), added, warnings));
        }
        GenotypeTable data = table(f.persons());
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (FamiliasPedigree p : f.pedigrees()) {
            hypotheses.add(new Hypothesis(p.name(), pedigree(p)));
        }
        Optional<FamiliasDviCase> dvi = f.dvi().map(d -> new DviConversion(f.file(), this, warnings).convert(d));
        return new FamiliasCase(f.file(), hypotheses, data, List.copyOf(loci.values()), options(), added, warnings, dvi);
    }

    private Map<String, Set<String>> observedAlleles() {
        List<FamiliasPerson> all = new ArrayList<>(f.persons());
        f.dvi().ifPresent(d -> {
            all.addAll(d.unidentified());
            d.families().forEach(fam -> all.addAll(fam.persons()));
        });
        Map<String, Set<String>> observed = new LinkedHashMap<>();
        for (FamiliasPerson p : all) {
            for (FamiliasGenotype g : p.genotypes()) {
                if (f.database().locus(g.locus()).isEmpty()) {
                    throw new InputFormatException(f.file(), p.line(), "person '" + p.name() + "' is typed at locus "
                            + g.locus() + ", which is not in the database");
                }
                Set<String> s = observed.computeIfAbsent(g.locus(), k -> new TreeSet<>(Genotype.LABEL_ORDER));
                s.add(g.allele1());
                s.add(g.allele2());
            }
        }
        return observed;
    }

    /** The genotypes of {@code persons} in one table. */
    GenotypeTable table(List<FamiliasPerson> persons) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (FamiliasPerson p : persons) {
            for (FamiliasGenotype g : p.genotypes()) {
                b.put(p.name(), g.locus(), genotype(p, g));
            }
        }
        return b.build();
    }

    private Genotype genotype(FamiliasPerson p, FamiliasGenotype g) {
        Locus locus = loci.get(g.locus());
        if (locus.chromosome() == Chromosome.X && p.sex() == Sex.MALE) {
            if (!g.allele1().equals(g.allele2())) {
                throw new InputFormatException(f.file(), p.line(), "person '" + p.name() + "' is male but has two"
                        + " alleles (" + g.allele1() + ", " + g.allele2() + ") at the X-linked locus " + g.locus());
            }
            return Genotype.hemizygous(g.allele1());
        }
        return Genotype.of(g.allele1(), g.allele2());
    }

    private Pedigree pedigree(FamiliasPedigree p) {
        Map<String, Sex> persons = new LinkedHashMap<>();
        f.persons().forEach(q -> persons.put(q.name(), q.sex()));
        f.knownRelations().extras().forEach(q -> persons.put(q.name(), q.sex()));
        p.extras().forEach(q -> persons.put(q.name(), q.sex()));
        List<FamiliasRelation> relations = new ArrayList<>(f.knownRelations().relations());
        relations.addAll(p.relations());
        return PedigreeAssembly.build(f.file(), p.line(), "pedigree '" + p.name() + "'", persons, relations, warnings);
    }

    private LikelihoodOptions options() {
        LikelihoodOptions o = LikelihoodOptions.defaults().withTheta(f.database().theta());
        Set<Double> dropouts = new LinkedHashSet<>();
        f.database().loci().forEach(l -> dropouts.add(l.dropout()));
        double d = dropouts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (d == 0) {
            return o;
        }
        if (dropouts.size() > 1) {
            warnings.add("dropout probabilities differ between loci " + dropouts + "; the largest, " + d
                    + ", is used at every locus");
        }
        for (FamiliasPerson p : f.persons()) {
            if (p.considerDropout() && p.isTyped()) {
                o = o.withDropout(p.name(), d);
            }
        }
        return o;
    }
}
