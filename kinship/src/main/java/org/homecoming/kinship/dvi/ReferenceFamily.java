package org.homecoming.kinship.dvi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * One reference family of a DVI problem: its pedigree, the genotypes of its typed relatives, and the
 * untyped members who are missing and may be among the victims.
 *
 * <pre>{@code
 * Pedigree p = Pedigree.nuclear("FA", "MO", "M1");
 * ReferenceFamily f = new ReferenceFamily("F1", p, refs, List.of("M1"));
 * }</pre>
 *
 * <p>Every missing person and every typed reference must belong to the pedigree; a missing person
 * must not be typed (victim data are placed on it during the analysis).
 */
public record ReferenceFamily(String name, Pedigree pedigree, GenotypeTable references, List<String> missing) {

    public ReferenceFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pedigree, "pedigree");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(missing, "missing");
        if (name.isBlank()) {
            throw new IllegalArgumentException("family name must not be blank: '" + name + "'");
        }
        missing = List.copyOf(missing);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("family " + name + " lists no missing person");
        }
        Set<String> seen = new HashSet<>();
        for (String m : missing) {
            if (!seen.add(m)) {
                throw new IllegalArgumentException("family " + name + " lists missing person " + m + " twice");
            }
            if (!pedigree.contains(m)) {
                throw new IllegalArgumentException("missing person " + m + " is not in the pedigree of family " + name);
            }
            if (references.isTyped(m)) {
                throw new IllegalArgumentException("missing person " + m + " of family " + name + " is typed");
            }
        }
        for (String r : references.persons()) {
            if (!pedigree.contains(r)) {
                throw new IllegalArgumentException("reference " + r + " of family " + name + " is not in its pedigree");
            }
        }
    }

    /** This family with another genotype table for its references (used to add identified victims). */
    ReferenceFamily withReferences(GenotypeTable table, List<String> stillMissing) {
        return new ReferenceFamily(name, pedigree, table, stillMissing);
    }
}
