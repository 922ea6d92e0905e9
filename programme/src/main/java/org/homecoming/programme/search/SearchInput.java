package org.homecoming.programme.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasDviCase;
import org.homecoming.kinship.io.familias.FamiliasReferenceFamily;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;

/**
 * What a database search compares, read from a programme directory (docs/formats.md) or a Familias
 * file with a {@code [DVI]} section: one reader for {@code homecoming match} and the cluster job, so
 * both search the same pairs.
 *
 * <p>Programme remains are of unknown sex for the search (the anthropological estimate may be wrong);
 * the victims of a DVI file keep their sexes, so that sex-incompatible pairs are left out as {@code
 * homecoming dvi} leaves them out, unless {@code ignoreSex}.
 *
 * @param programme the programme read, or null for a Familias file
 * @param notes lines for the user about what the reading assumed
 */
public record SearchInput(List<SearchFamily> families, List<RemainsProfile> remains, List<Locus> loci,
        LikelihoodOptions options, Programme programme, List<String> notes) {

    public SearchInput {
        families = List.copyOf(families);
        remains = List.copyOf(remains);
        loci = List.copyOf(loci);
        notes = List.copyOf(notes);
    }

    /** Reads a programme directory, or else a Familias {@code .fam} file with a DVI section. */
    public static SearchInput read(Path input, ProgrammeReader.Settings settings, boolean ignoreSex) {
        if (Files.isDirectory(input)) {
            return of(ProgrammeReader.read(input, settings));
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        return of(input, FamiliasCase.read(input), ignoreSex);
    }

    /** A programme's families and remains, families without a typed member left out. */
    public static SearchInput of(Programme p) {
        List<String> notes = new ArrayList<>();
        if (p.untypedFamilies() > 0) {
            notes.add(p.untypedFamilies() + " families without a typed member left out");
        }
        return new SearchInput(p.families(), p.remains(), p.loci(), LikelihoodOptions.defaults(), p, notes);
    }

    /** A Familias case's reference families (one entry per missing person) and victims; X loci are left out. */
    public static SearchInput of(Path input, FamiliasCase c, boolean ignoreSex) {
        FamiliasDviCase dvi = c.dvi().orElseThrow(() ->
                new IllegalArgumentException(input + ": no DVI section; match needs victims and reference families"));
        List<String> notes = new ArrayList<>(c.warnings());
        List<Locus> loci = new ArrayList<>();
        for (Locus l : c.loci()) {
            if (l.chromosome() == Chromosome.AUTOSOMAL) {
                loci.add(l);
            } else {
                notes.add("X-linked locus " + l.name() + " left out of the search");
            }
        }
        List<SearchFamily> families = new ArrayList<>();
        for (FamiliasReferenceFamily f : dvi.families()) {
            for (String m : f.missing()) {
                families.add(new SearchFamily(f.name(), m, f.pedigree(), f.references()));
            }
        }
        List<RemainsProfile> remains = new ArrayList<>();
        for (String v : dvi.victimSexes().keySet()) {
            Sex sex = ignoreSex ? Sex.UNKNOWN : dvi.victimSexes().get(v);
            remains.add(new RemainsProfile(v, dvi.victims().profile(v), c.options().dropout(v), sex));
        }
        return new SearchInput(families, remains, loci, c.options(), null, notes);
    }
}
