package org.homecoming.kinship.io.familias;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The test files under {@code src/test/resources/familias} and a small hand-written case. */
final class FamiliasTestFiles {

    /**
     * A duo case written by hand in Familias' layout: F (male, TH01 6/9.3) and C (female, 9.3/9.3,
     * "Consider dropouts"); pedigree "Father" (F father of C) and "Unrelated"; θ = 0.02; TH01 with
     * alleles 6 (0.25) and 9.3 (0.75), no female mutation, proportional male mutation 0.002. Line
     * numbers are given in comments where tests refer to them.
     */
    static final String SMALL = """
            "Output from Familias, version 3.3.1"
            "DO NOT EDIT!"
            3.3.1
            ""
            2
            "F"
            #FALSE#
            -1
            #FALSE#
            #TRUE#
            1
            0
            1
            0
            "C"
            #FALSE#
            -1 (Consider dropouts)
            #FALSE#
            #FALSE#
            1
            1
            1
            0
            "Known relations"
            0
            0
            0
            2
            0
            "Father"
            0
            0
            1
            0
            1
            1
            "Unrelated"
            0
            0
            0
            #FALSE# (#Databases: 1 ;Theta/Kinship/Fst: 0.02 )
            1
            #TRUE#
            "db"
            "TH01"
            0
            0.002
            0
            1
            2
            0
            0
            0
            0
            #FALSE#
            0
            2\t(DatabaseSize = 500 , Dropout probability = 0.05 , Minor allele frequency = 0.01 )
            "6"
            0.25
            "9.3"
            0.75
            """;

    private FamiliasTestFiles() {
    }

    static List<String> small() {
        return new ArrayList<>(SMALL.lines().toList());
    }

    /** The small case with 1-based line {@code n} replaced by {@code text}. */
    static List<String> smallWith(int n, String text) {
        List<String> lines = small();
        lines.set(n - 1, text);
        return lines;
    }

    static FamiliasFile resource(String name) {
        try (InputStream in = FamiliasTestFiles.class.getResourceAsStream("/familias/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: familias/" + name);
            }
            return FamiliasReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = FamiliasTestFiles.class.getResourceAsStream("/familias/" + name)) {
            return new ArrayList<>(FamiliasReader.decode(in.readAllBytes()).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
