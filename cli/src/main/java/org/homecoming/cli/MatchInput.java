package org.homecoming.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasDviCase;
import org.homecoming.kinship.io.familias.FamiliasReferenceFamily;
import org.homecoming.kinship.io.programme.Programme;
import org.homecoming.kinship.io.programme.ProgrammeReader;
import org.homecoming.kinship.io.programme.TruthRecord;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.search.Remains;
import org.homecoming.kinship.search.SearchFamily;

/**
 * What {@code homecoming match} searches, read from a programme directory or a Familias DVI file.
 *
 * @param truth remains id → true missing person, for remains whose person is registered (empty
 *     without a truth file)
 * @param notes lines for the user about what the reading assumed
 */
record MatchInput(List<SearchFamily> families, List<Remains> remains, List<Locus> loci, LikelihoodOptions options,
        Map<String, String> truth, boolean hasTruth, List<String> notes) {

    static MatchInput read(Path input, ProgrammeReader.Settings settings) {
        if (Files.isDirectory(input)) {
            return programme(ProgrammeReader.read(input, settings));
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        return familias(input, FamiliasCase.read(input));
    }

    private static MatchInput programme(Programme p) {
        Map<String, String> truth = new LinkedHashMap<>();
        for (Remains v : p.remains()) {
            TruthRecord t = p.truth().get(v.id());
            if (t != null && t.missing().isPresent()) {
                truth.put(v.id(), t.missing().get());
            }
        }
        List<String> notes = new ArrayList<>();
        if (p.untypedFamilies() > 0) {
            notes.add(p.untypedFamilies() + " families without a typed member left out");
        }
        return new MatchInput(p.families(), p.remains(), p.loci(), LikelihoodOptions.defaults(), truth, p.hasTruth(), notes);
    }

    private static MatchInput familias(Path input, FamiliasCase c) {
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
        List<Remains> remains = new ArrayList<>();
        for (String v : dvi.victimSexes().keySet()) {
            remains.add(new Remains(v, dvi.victims().profile(v), c.options().dropout(v)));
        }
        return new MatchInput(families, remains, loci, c.options(), Map.of(), false, notes);
    }
}
