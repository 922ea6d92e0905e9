package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Small DVI problems with known answers (dvir's example2, kinship-cases.md case 13, and trios). */
final class DviExamples {

    private DviExamples() {
    }

    /** One locus, alleles 1..10 at 0.1 each. */
    static Locus tenAlleles() {
        List<String> alleles = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            alleles.add(String.valueOf(i));
        }
        double[] freqs = new double[10];
        java.util.Arrays.fill(freqs, 0.1);
        return Locus.of("L1", alleles, freqs);
    }

    /**
     * dvir's example2 (case 13): victims V1 male 1/1, V2 male 1/2, V3 female 3/4; family F1 with
     * missing father M1 and son M2 of the typed mother R1 = 2/2; family F2 with missing daughter M3
     * of the typed father R2 = 3/3.
     */
    static DviProblem example2(DviOptions options) {
        GenotypeTable victims = GenotypeTable.builder()
                .put("V1", "L1", Genotype.of("1", "1"))
                .put("V2", "L1", Genotype.of("1", "2"))
                .put("V3", "L1", Genotype.of("3", "4"))
                .build();
        Map<String, Sex> sexes = new LinkedHashMap<>();
        sexes.put("V1", Sex.MALE);
        sexes.put("V2", Sex.MALE);
        sexes.put("V3", Sex.FEMALE);
        Pedigree p1 = Pedigree.builder().founder("M1", Sex.MALE).founder("R1", Sex.FEMALE)
                .person("M2", "M1", "R1", Sex.MALE).build();
        Pedigree p2 = Pedigree.builder().founder("R2", Sex.MALE).founder("MO2", Sex.FEMALE)
                .person("M3", "R2", "MO2", Sex.FEMALE).build();
        ReferenceFamily f1 = new ReferenceFamily("F1", p1,
                GenotypeTable.builder().put("R1", "L1", Genotype.of("2", "2")).build(), List.of("M1", "M2"));
        ReferenceFamily f2 = new ReferenceFamily("F2", p2,
                GenotypeTable.builder().put("R2", "L1", Genotype.of("3", "3")).build(), List.of("M3"));
        return new DviProblem(victims, sexes, List.of(f1, f2), List.of(tenAlleles()), options);
    }

    /** A trio: parents typed, their child M missing, one victim V of the given sex. */
    static DviProblem trio(String victim, String father, String mother, double p1, Sex sex) {
        Locus locus = Locus.of("m", List.of("1", "2"), new double[] {p1, 1 - p1});
        GenotypeTable victims = GenotypeTable.builder().put("V", "m", parse(victim)).build();
        Pedigree p = Pedigree.builder().founder("fa", Sex.MALE).founder("mo", Sex.FEMALE)
                .person("M", "fa", "mo", sex).build();
        GenotypeTable refs = GenotypeTable.builder().put("fa", "m", parse(father)).put("mo", "m", parse(mother)).build();
        return new DviProblem(victims, Collections.singletonMap("V", sex),
                List.of(new ReferenceFamily("F1", p, refs, List.of("M"))), List.of(locus), DviOptions.defaults());
    }

    static Genotype parse(String g) {
        String[] a = g.split("/");
        return Genotype.of(a[0], a[1]);
    }
}
