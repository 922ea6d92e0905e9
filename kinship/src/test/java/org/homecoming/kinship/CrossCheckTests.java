package org.homecoming.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.DviResult;
import org.homecoming.kinship.dvi.Identification;
import org.homecoming.kinship.dvi.JointAssignment;
import org.homecoming.kinship.dvi.ReferenceFamily;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasDviCase;
import org.homecoming.kinship.io.familias.FamiliasReferenceFamily;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.lr.HypothesisLikelihood;
import org.homecoming.kinship.lr.KinshipAnalysis;
import org.homecoming.kinship.lr.LrResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the R pedsuite: every {@code .fam} file under {@code crosscheck/} (random
 * pedigrees, mutation models, θ, X markers, missing loci, DVI problems; see the README there) is
 * read and scored as {@code homecoming lr} / {@code homecoming dvi} do, and every value pedprobr or
 * dvir computed for it must agree to 1e-9 relative (1e-9 absolute on natural-log likelihoods).
 */
class CrossCheckTests {

    private static final double TOLERANCE = 1e-9;

    static Stream<String> lrCases() {
        return cases("lr");
    }

    static Stream<String> dviCases() {
        return cases("dvi");
    }

    @Test
    void theCrossCheckSetIsComplete() {
        assertThat(lrCases().count()).isGreaterThanOrEqualTo(65);
        assertThat(dviCases().count()).isGreaterThanOrEqualTo(37);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lrCases")
    void likelihoodsMatchPedprobr(String name) {
        FamiliasCase c = FamiliasCase.read(dir("lr").resolve(name + ".fam"));
        List<Hypothesis> hs = c.hypotheses();
        String reference = hs.get(hs.size() - 1).name();
        LrResult r = KinshipAnalysis.run(hs, c.data(), c.loci(), c.options(), reference);
        List<String[]> rows = rows(dir("lr").resolve(name + ".tsv"));
        assertThat(rows).isNotEmpty();
        Map<String, Double> expectedRef = new HashMap<>();
        for (String[] row : rows) {
            if (row[0].equals(reference)) {
                expectedRef.put(row[1], number(row[2]));
            }
        }
        for (String[] row : rows) {
            HypothesisLikelihood h = r.hypothesis(row[0]);
            double expected = number(row[2]);
            double got = row[1].equals("*total*") ? h.logLikelihood() : h.markers().get(row[1]);
            assertLog(got, expected, name + " " + row[0] + " " + row[1]);
            Double ref = expectedRef.get(row[1]);
            if (!row[1].equals("*total*") && ref != null && expected > Double.NEGATIVE_INFINITY && ref > Double.NEGATIVE_INFINITY) {
                double lr = r.lr().get(row[0]).markers().get(row[1]);
                assertRelative(lr, Math.exp(expected - ref), name + " LR " + row[0] + " " + row[1]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dviCases")
    void dviMatchesDvir(String name) {
        DviResult r = DviAnalysis.run(problem(FamiliasCase.read(dir("dvi").resolve(name + ".fam"))));
        Map<String, JointAssignment> joint = new HashMap<>();
        r.joint().assignments().forEach(a -> joint.put(key(a.assignment()), a));
        int jointRows = 0;
        List<String> undisputed = new ArrayList<>();
        for (String[] row : rows(dir("dvi").resolve(name + ".tsv"))) {
            String what = name + " " + String.join(" ", row);
            switch (row[0]) {
                case "pairwise" -> {
                    OptionalDouble lr = r.pairwise().lr(row[1], row[2]);
                    if (row[3].equals("NA")) {
                        assertThat(lr).as(what).isEmpty();
                    } else {
                        assertThat(lr).as(what).isPresent();
                        assertRelative(lr.getAsDouble(), number(row[3]), what);
                    }
                }
                case "joint" -> {
                    jointRows++;
                    JointAssignment a = joint.get(row[1]);
                    assertThat(a).as(what).isNotNull();
                    assertLog(a.logLikelihood(), number(row[2]), what);
                    assertRelative(a.lr(), number(row[3]), what);
                    assertThat(a.posterior()).as(what).isCloseTo(number(row[4]), org.assertj.core.data.Offset.offset(TOLERANCE));
                }
                case "marginal" -> assertThat(r.marginals().get(row[1]).get(row[2])).as(what)
                        .isCloseTo(number(row[3]), org.assertj.core.data.Offset.offset(TOLERANCE));
                case "undisputed" -> {
                    undisputed.add(row[1] + "=" + row[2]);
                    Identification id = r.undisputed().stream()
                            .filter(i -> i.victim().equals(row[1]) && i.missing().equals(row[2])).findFirst().orElse(null);
                    assertThat(id).as(what).isNotNull();
                    assertRelative(id.lr(), number(row[3]), what);
                }
                default -> throw new IllegalStateException("unknown row kind in " + what);
            }
        }
        assertThat(r.joint().assignments()).as(name + " joint rows").hasSize(jointRows);
        assertThat(r.undisputed()).as(name + " undisputed").hasSize(undisputed.size());
    }

    /** The problem of the file's [DVI] section, with dvir's jointDVI defaults ({@code homecoming dvi --mutations dvir --fix-undisputed always}). */
    private static DviProblem problem(FamiliasCase c) {
        FamiliasDviCase dvi = c.dvi().orElseThrow();
        List<ReferenceFamily> families = new ArrayList<>();
        for (FamiliasReferenceFamily f : dvi.families()) {
            families.add(new ReferenceFamily(f.name(), f.pedigree(), f.references(), f.missing()));
        }
        return new DviProblem(dvi.victims(), dvi.victimSexes(), families, c.loci(), DviOptions.dvir());
    }

    private static String key(Map<String, String> assignment) {
        List<String> parts = new ArrayList<>();
        new LinkedHashMap<>(assignment).forEach((v, m) -> parts.add(v + "=" + m));
        parts.sort(null);
        return String.join(",", parts);
    }

    private static void assertLog(double got, double expected, String what) {
        if (expected == Double.NEGATIVE_INFINITY) {
            assertThat(got).as(what).isEqualTo(Double.NEGATIVE_INFINITY);
        } else {
            assertThat(Math.abs(got - expected)).as(what + ": got " + got + ", expected " + expected)
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    private static void assertRelative(double got, double expected, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(got));
        assertThat(got == expected || Math.abs(got - expected) <= TOLERANCE * scale)
                .as(what + ": got " + got + ", expected " + expected).isTrue();
    }

    private static double number(String s) {
        return switch (s) {
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "Inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private static List<String[]> rows(Path tsv) {
        try {
            return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> cases(String kind) {
        try (Stream<Path> files = Files.list(dir(kind))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tsv"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dir(String kind) {
        try {
            return Path.of(CrossCheckTests.class.getResource("/crosscheck/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
