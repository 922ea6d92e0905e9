package org.homecoming.kinship.io.familias;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;

/**
 * A Familias case in kinship types, ready for {@code KinshipAnalysis.run}: one hypothesis per
 * pedigree of the file, the genotypes, the loci with their mutation models, θ and dropout.
 *
 * <p>{@code FamiliasCase c = FamiliasCase.read(Path.of("paternity.fam"));}
 * <br>{@code KinshipAnalysis.run(c.hypotheses(), c.data(), c.loci(), c.options(), "H2");}
 *
 * <p>Conventions (docs/familias.md): frequencies are used as written when they sum to one (within
 * 1e-6; renormalised otherwise); alleles someone
 * carries that the database lacks are added at the locus' minimum frequency and listed in
 * {@link #addedAlleles()}; loci with standard X-STR names are X-linked unless the caller gives another
 * rule; what the reader had to assume is listed in {@link #warnings()}.
 */
public record FamiliasCase(String file, List<Hypothesis> hypotheses, GenotypeTable data, List<Locus> loci,
        LikelihoodOptions options, List<AddedAllele> addedAlleles, List<String> warnings,
        Optional<FamiliasDviCase> dvi) {

    public FamiliasCase {
        Objects.requireNonNull(file, "file");
        hypotheses = List.copyOf(hypotheses);
        Objects.requireNonNull(data, "data");
        loci = List.copyOf(loci);
        Objects.requireNonNull(options, "options");
        addedAlleles = List.copyOf(addedAlleles);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(dvi, "dvi");
    }

    /** Reads and converts a file, X-linked loci by {@link XLinkedLoci#STANDARD_NAMES}. */
    public static FamiliasCase read(Path path) {
        return of(FamiliasReader.read(path));
    }

    public static FamiliasCase of(FamiliasFile file) {
        return of(file, XLinkedLoci.STANDARD_NAMES);
    }

    /** Converts a file; {@code xLinked} says which locus names are X-linked. */
    public static FamiliasCase of(FamiliasFile file, Predicate<String> xLinked) {
        return new FamiliasConversion(file, xLinked).convert();
    }

    /** The hypothesis named {@code name}. */
    public Optional<Hypothesis> hypothesis(String name) {
        return hypotheses.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
