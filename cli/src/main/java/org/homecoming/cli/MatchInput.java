package org.homecoming.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasDviCase;
import org.homecoming.kinship.io.familias.FamiliasReferenceFamily;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.LineageEvidence;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.Truth;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;

/**
 * What {@code homecoming match} searches, read from a programme directory or a Familias DVI file.
 *
 * <p>Programme remains are of unknown sex for the search (the anthropological estimate may be wrong);
 * the victims of a DVI file keep their sexes, so that sex-incompatible pairs are left out as {@code
 * homecoming dvi} leaves them out, unless {@code ignoreSex}.
 *
 * @param truth remains id → true missing person, for remains whose person is registered (empty
 *     without a truth file)
 * @param lineage the Y-STR and mtDNA haplotypes to compare reported pairs with (none for a DVI file)
 * @param notes lines for the user about what the reading assumed
 */
record MatchInput(List<SearchFamily> families, List<RemainsProfile> remains, List<Locus> loci, LikelihoodOptions options,
        Map<String, String> truth, boolean hasTruth, LineageEvidence lineage, List<String> notes) {

    static MatchInput read(Path input, ProgrammeReader.Settings settings, boolean ignoreSex) {
        if (Files.isDirectory(input)) {
            return programme(ProgrammeReader.read(input, settings));
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        return familias(input, FamiliasCase.read(input), ignoreSex);
    }

    private static MatchInput programme(Programme p) {
        Map<String, String> truth = new LinkedHashMap<>();
        for (RemainsProfile v : p.remains()) {
            Truth t = p.truth().get(v.id());
            if (t != null && !t.missingPersonId().isEmpty()) {
                truth.put(v.id(), t.missingPersonId());
            }
        }
        List<String> notes = new ArrayList<>();
        if (p.untypedFamilies() > 0) {
            notes.add(p.untypedFamilies() + " families without a typed member left out");
        }
        Map<String, YHaplotype> y = new HashMap<>();
        Map<String, MitoProfile> mito = new HashMap<>();
        p.lineage().forEach((subject, h) -> {
            h.y().ifPresent(x -> y.put(subject, x));
            h.mito().ifPresent(x -> mito.put(subject, x));
        });
        return new MatchInput(p.families(), p.remains(), p.loci(), LikelihoodOptions.defaults(), truth, p.hasTruth(),
                new LineageEvidence(y, mito, p.lineageReference()), notes);
    }

    private static MatchInput familias(Path input, FamiliasCase c, boolean ignoreSex) {
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
        return new MatchInput(families, remains, loci, c.options(), Map.of(), false,
                new LineageEvidence(Map.of(), Map.of()), notes);
    }
}
