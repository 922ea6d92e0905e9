package org.homecoming.kinship.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * The version chain of a {@link SearchIndex}: the base digests the loci (names, alleles,
 * frequencies, mutation models) and the likelihood options; each extension digests the previous
 * version and the new families as given: ids, pedigree (each person's sex and parents) and every
 * reference genotype. A stored search result names the version it came from, so a reviewer can tell
 * which families stood behind a pair. The inputs are digested rather than the compiled tables
 * because the tables may differ in the last bit between two compilations (the JIT's mathematical
 * functions against the interpreter's); the engine version is recorded beside the index version.
 */
final class IndexVersion {

    private IndexVersion() {
    }

    static String base(List<Locus> loci, LikelihoodOptions options) {
        MessageDigest md = sha256();
        text(md, "homecoming search index 1");
        for (Locus l : loci) {
            text(md, l.name());
            text(md, l.chromosome().name());
            l.alleles().forEach(a -> text(md, a));
            ByteBuffer b = ByteBuffer.allocate(8 * l.frequencies().length);
            for (double f : l.frequencies()) {
                b.putLong(Double.doubleToLongBits(f));
            }
            md.update(b.array());
            text(md, l.mutation() == null ? "none" : l.mutation().femaleSpec().text() + "/" + l.mutation().maleSpec().text());
        }
        text(md, Double.toString(options.theta()));
        new TreeMap<>(options.dropout()).forEach((k, v) -> text(md, k + "=" + v));
        return HexFormat.of().formatHex(md.digest());
    }

    static String next(String previous, List<SearchFamily> families) {
        MessageDigest md = sha256();
        text(md, previous);
        for (SearchFamily f : families) {
            text(md, f.family());
            text(md, f.missing());
            Pedigree p = f.pedigree();
            for (int i = 0; i < p.size(); i++) {
                text(md, p.id(i) + "|" + p.sex(i) + "|" + (p.father(i) < 0 ? "" : p.id(p.father(i))) + "|"
                        + (p.mother(i) < 0 ? "" : p.id(p.mother(i))));
            }
            GenotypeTable refs = f.references();
            for (String person : new TreeSet<>(refs.persons())) {
                new TreeMap<>(refs.profile(person)).forEach((locus, g) ->
                        text(md, person + "|" + locus + "|" + g.allele1() + "|" + (g.allele2() == null ? "" : g.allele2())));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void text(MessageDigest md, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
