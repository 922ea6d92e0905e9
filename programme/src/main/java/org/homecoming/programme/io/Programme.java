package org.homecoming.programme.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.Truth;

/**
 * A programme directory read for DNA search: the loci, every family with at least one typed
 * reference, every remains with a profile, the lineage haplotypes, and the truth when present.
 *
 * <pre>{@code
 * Programme p = ProgrammeReader.read(Path.of("programme"), ProgrammeReader.Settings.defaults());
 * SearchIndex index = SearchIndex.build(p.families(), p.loci(), LikelihoodOptions.defaults(), 2);
 * }</pre>
 *
 * @param loci the programme's loci, extended with every allele seen in a profile
 * @param families one entry per missing person of a family with a typed member (its pedigree and typed
 *     references); a family with several missing persons gives several entries with the same family id
 *     and pedigree
 * @param remains remains with at least one called locus, in file order
 * @param lineage subject id → haplotypes
 * @param lineageReference the population set of {@code lineage_reference.csv}, when the directory has one
 * @param truth remains id → truth (empty when the directory has no {@code truth.csv})
 * @param untypedFamilies families left out because none of their members is typed
 */
public record Programme(List<Locus> loci, List<SearchFamily> families, List<RemainsProfile> remains,
        Map<String, LineageProfile> lineage, Optional<LineageReference> lineageReference, Map<String, Truth> truth, int untypedFamilies) {

    public Programme {
        loci = List.copyOf(loci);
        families = List.copyOf(families);
        remains = List.copyOf(remains);
        lineage = Collections.unmodifiableMap(new LinkedHashMap<>(lineage));
        Objects.requireNonNull(lineageReference, "lineageReference");
        truth = Collections.unmodifiableMap(new LinkedHashMap<>(truth));
    }

    public boolean hasTruth() {
        return !truth.isEmpty();
    }

    /** The pedigree of the family of missing person {@code missing}, for lineage lookups. */
    public Pedigree pedigree(String missing) {
        return families.stream().filter(f -> f.missing().equals(missing)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family for missing person " + missing))
                .pedigree();
    }
}
