package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The autosomal profile of one set of remains, with the allelic dropout probability its calls are
 * scored with (the per-person dropout of {@code LikelihoodOptions}) and its sex when it is certain.
 *
 * <pre>{@code
 * RemainsProfile v = new RemainsProfile("R-1", Map.of("TH01", Genotype.of("6", "9.3")), 0.0);
 * }</pre>
 *
 * <p>A locus absent from {@code genotypes} was not called (the remains are untyped there). A search
 * does not pair remains of a known sex with a missing person of the other sex (as DVI does); give
 * {@link Sex#UNKNOWN} when the sex is only an anthropological estimate.
 */
public record RemainsProfile(String id, Map<String, Genotype> genotypes, double dropout, Sex sex) implements Serializable {

    public RemainsProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(genotypes, "genotypes");
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout of remains " + id + " must be in [0, 1): " + dropout);
        }
        Objects.requireNonNull(sex, "sex");
        genotypes = Collections.unmodifiableMap(new LinkedHashMap<>(genotypes));
    }

    /** Remains of unknown sex. */
    public RemainsProfile(String id, Map<String, Genotype> genotypes, double dropout) {
        this(id, genotypes, dropout, Sex.UNKNOWN);
    }

    /** Remains scored without dropout. */
    public static RemainsProfile of(String id, Map<String, Genotype> genotypes) {
        return new RemainsProfile(id, genotypes, 0);
    }
}
