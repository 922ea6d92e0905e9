package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.Objects;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * One missing person of a reference family, as the database search sees it: the family's pedigree,
 * the profiles of its typed relatives, and which pedigree member is missing.
 *
 * <pre>{@code
 * SearchFamily f = new SearchFamily("F-1", "MP-1", Pedigree.nuclear("FA", "MO", "MP-1", "S1"), refs);
 * }</pre>
 *
 * <p>A family with several missing persons gives one {@code SearchFamily} per missing person; the
 * others stay untyped in the pedigree. The missing person must be in the pedigree and untyped, and
 * every typed reference must be in the pedigree.
 */
public record SearchFamily(String family, String missing, Pedigree pedigree, GenotypeTable references)
        implements Serializable {

    public SearchFamily {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(pedigree, "pedigree");
        Objects.requireNonNull(references, "references");
        if (!pedigree.contains(missing)) {
            throw new IllegalArgumentException("missing person " + missing + " is not in the pedigree of family " + family);
        }
        if (references.isTyped(missing)) {
            throw new IllegalArgumentException("missing person " + missing + " of family " + family + " is typed");
        }
        for (String r : references.persons()) {
            if (!pedigree.contains(r)) {
                throw new IllegalArgumentException("reference " + r + " of family " + family + " is not in its pedigree");
            }
        }
    }
}
