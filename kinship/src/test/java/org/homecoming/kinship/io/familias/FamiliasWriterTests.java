package org.homecoming.kinship.io.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.resource;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.small;

import java.nio.file.Path;
import java.util.List;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.lr.KinshipAnalysis;
import org.homecoming.kinship.lr.LrResult;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamiliasWriterTests {

    @TempDir
    Path tmp;

    private static FamiliasCase roundTrip(FamiliasCase c) {
        List<String> lines = FamiliasWriter.lines(c.hypotheses(), c.data(), c.loci(), c.options());
        return FamiliasCase.of(FamiliasReader.parse("written.fam", lines));
    }

    private static LrResult lr(FamiliasCase c) {
        List<Hypothesis> h = c.hypotheses();
        return KinshipAnalysis.run(h, c.data(), c.loci(), c.options(), h.get(h.size() - 1).name());
    }

    @Test
    void paternityCaseReadsBackWithTheSameStructuresAndLikelihoods() {
        FamiliasCase before = FamiliasCase.of(resource("paternity.fam"));
        FamiliasCase after = roundTrip(before);
        assertThat(after.hypotheses()).isEqualTo(before.hypotheses());
        assertThat(after.data()).isEqualTo(before.data());
        assertThat(after.loci()).extracting(Locus::name).isEqualTo(before.loci().stream().map(Locus::name).toList());
        for (int i = 0; i < before.loci().size(); i++) {
            Locus a = before.loci().get(i);
            Locus b = after.loci().get(i);
            assertThat(b.alleles()).isEqualTo(a.alleles());
            assertThat(b.mutation().femaleSpec()).isEqualTo(a.mutation().femaleSpec());
            assertThat(b.mutation().maleSpec()).isEqualTo(a.mutation().maleSpec());
            for (int k = 0; k < a.alleleCount(); k++) {
                assertThat(b.frequency(k)).isCloseTo(a.frequency(k), within(1e-15));
            }
        }
        LrResult x = lr(before);
        LrResult y = lr(after);
        assertThat(y.hypotheses().get(0).logLikelihood()).isCloseTo(x.hypotheses().get(0).logLikelihood(), within(1e-12));
        assertThat(y.lr().get("H1").total()).isCloseTo(x.lr().get("H1").total(), within(1e-9));
    }

    @Test
    void thetaDropoutAndTheAddedParentSurviveAndEveryPedigreeGetsEveryPerson() {
        FamiliasCase before = FamiliasCase.of(FamiliasReader.parse("t.fam", small()));
        FamiliasCase after = roundTrip(before);
        assertThat(after.options()).isEqualTo(before.options());
        assertThat(after.hypotheses().get(0)).isEqualTo(before.hypotheses().get(0));
        assertThat(after.hypothesis("Father").orElseThrow().pedigree().motherOf("C")).contains("added_1");
        assertThat(after.hypothesis("Unrelated").orElseThrow().pedigree().founders()).containsExactly("F", "C", "added_1");
        assertThat(lr(after).lr().get("Father").total()).isCloseTo(lr(before).lr().get("Father").total(), within(1e-12));
    }

    @Test
    void writesAFileFamiliasCanOpen() throws Exception {
        FamiliasCase c = FamiliasCase.of(resource("paternity.fam"));
        Path p = tmp.resolve("out.fam");
        FamiliasWriter.write(p, c.hypotheses(), c.data(), c.loci(), c.options());
        List<String> lines = java.nio.file.Files.readAllLines(p);
        assertThat(lines.subList(0, 5)).containsExactly("\"Output from Familias, version 3.2.8\"",
                "\"Written by Homecoming\"", "3.2.8", "\"\"", "3");
        assertThat(lines).contains("#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: 0 )", "5.21594e-05");
        assertThat(FamiliasReader.read(p).pedigrees()).extracting(FamiliasPedigree::name).containsExactly("H1", "H2");
    }

    @Test
    void refusesWhatAFamFileCannotHold() {
        Locus custom = Locus.of("L", List.of("1", "2"), new double[] {0.5, 0.5})
                .withMutation(MutationModel.custom(MutationMatrix.identity(2)));
        List<Hypothesis> h = List.of(new Hypothesis("H", Pedigree.singleton("A", org.homecoming.kinship.pedigree.Sex.MALE)));
        assertThatThrownBy(() -> FamiliasWriter.lines(h, GenotypeTable.empty(), List.of(custom), LikelihoodOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locus L: a custom mutation matrix cannot be written to a .fam file");
        Locus plain = Locus.of("L", List.of("1", "2"), new double[] {0.5, 0.5});
        GenotypeTable data = GenotypeTable.builder().put("A", "L", "1", "3").build();
        assertThatThrownBy(() -> FamiliasWriter.lines(h, data, List.of(plain), LikelihoodOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person A has allele 3 at locus L, which the locus lacks (add it with Locus.withMissingAlleles)");
        LikelihoodOptions twoDropouts = LikelihoodOptions.defaults().withDropout("A", 0.1).withDropout("B", 0.2);
        assertThatThrownBy(() -> FamiliasWriter.lines(h, GenotypeTable.empty(), List.of(plain), twoDropouts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Familias has one dropout probability for all persons: ");
    }

    @Test
    void numbersAreWrittenShortAndReadBackExactly() {
        assertThat(FamiliasWriter.number(0.25)).isEqualTo("0.25");
        assertThat(FamiliasWriter.number(1e-6)).isEqualTo("1e-06");
        assertThat(FamiliasWriter.number(5.216479999e-05)).isEqualTo("5.216479999e-05");
        assertThat(FamiliasWriter.number(0)).isEqualTo("0");
    }
}
