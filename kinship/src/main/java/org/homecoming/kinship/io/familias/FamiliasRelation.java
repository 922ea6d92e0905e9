package org.homecoming.kinship.io.familias;

import java.util.Objects;

/**
 * A parent–child relation of a Familias pedigree; the parent's sex says whether it is the father or
 * the mother.
 *
 * <p>{@code new FamiliasRelation("AF", "CH")}
 */
public record FamiliasRelation(String parent, String child) {

    public FamiliasRelation {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
    }
}
