package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;

/**
 * A pedigree as Familias stores it: a name, the untyped "extra" persons it adds, and its parent–child
 * relations by person name. Everyone of the case not in a relation is an unrelated founder.
 *
 * <p>{@code new FamiliasPedigree("H1", List.of(), List.of(new FamiliasRelation("AF", "CH")), 60)}
 *
 * <p>The relations are the pedigree's own; in the main part of a file the "Known relations", shared by
 * every pedigree, are kept apart in {@link FamiliasFile#knownRelations()}. {@code line} is the
 * 1-based line where the pedigree starts.
 */
public record FamiliasPedigree(String name, List<FamiliasPerson> extras, List<FamiliasRelation> relations,
        int line) {

    public FamiliasPedigree {
        Objects.requireNonNull(name, "name");
        extras = List.copyOf(extras);
        relations = List.copyOf(relations);
    }
}
