package org.homecoming.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Measures search latency on a synthetic registry: indexes N persons into a temporary directory, then
 * runs varied queries one after another and prints index time and p50/p95/p99 latencies.
 *
 * <pre>{@code
 * scripts/load/search-benchmark.sh                 # 1,000,000 persons, 2,000 queries
 * scripts/load/search-benchmark.sh 100000 500      # smaller run
 * }</pre>
 *
 * <p>Queries are written the ways the registry meets names: folded lower case, with birth year and
 * province, "GIVEN, FAMILY MIDDLE" in capitals, with diacritics, with a swapped letter, given name
 * and province only, and with filters. Each is built from a person actually in the index.
 */
public final class SearchLoadBenchmark {

    private SearchLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = Files.createTempDirectory("homecoming-search-bench");
        SyntheticPersons gen = new SyntheticPersons(20250101L);
        try (LucenePersonIndex index = new LucenePersonIndex(SearchSettings.onDisk(dir))) {
            long t0 = System.nanoTime();
            index.rebuild(LongStream.rangeClosed(1, persons).mapToObj(gen::person));
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "indexed %,d persons in %.1f s (%,.0f persons/s), index %,.0f MiB%n",
                    index.size(), indexSeconds, persons / indexSeconds, sizeMiB(dir));
            SplittableRandom r = new SplittableRandom(7);
            List<Sample> warmup = queries(gen, persons, Math.max(200, queries / 4), r);
            List<Sample> measured = queries(gen, persons, queries, r);
            warmup.forEach(s -> index.search(s.query()));
            long[] nanos = time(measured, index);
            report("search", nanos);
            for (String kind : KINDS) {
                report("  " + kind, LongStreamOf.select(nanos, measured, kind));
            }
            reportFirstPage(measured, index);
            DuplicateCandidates duplicates = new DuplicateCandidates(index);
            List<PersonDocument> examined = new ArrayList<>();
            for (int i = 0; i < Math.max(50, queries / 10); i++) {
                examined.add(gen.person(1 + r.nextInt(persons)));
            }
            examined.stream().limit(20).forEach(duplicates::find);
            long[] dupNanos = examined.stream().mapToLong(d -> {
                long s = System.nanoTime();
                duplicates.find(d);
                return System.nanoTime() - s;
            }).toArray();
            report("duplicates", dupNanos);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Ways of asking for a person, in the order of {@link #query}. */
    static final List<String> KINDS = List.of("folded name", "name + year + province", "GIVEN, FAMILY MIDDLE",
            "with diacritics", "swapped letter", "given + province", "name + filters");

    /** A query and the way it was written. */
    record Sample(String kind, PersonQuery query, long target) {
    }

    /** Picks the latencies of one kind of query. */
    private static final class LongStreamOf {
        static long[] select(long[] nanos, List<Sample> samples, String kind) {
            return java.util.stream.IntStream.range(0, nanos.length)
                    .filter(i -> samples.get(i).kind().equals(kind)).mapToLong(i -> nanos[i]).toArray();
        }
    }

    private static long[] time(List<Sample> measured, PersonIndex index) {
        long[] nanos = new long[measured.size()];
        long hits = 0;
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            hits += index.search(measured.get(i).query()).total();
            nanos[i] = System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "%,d queries, mean total hits %,.0f%n", nanos.length, (double) hits / nanos.length);
        return nanos;
    }

    static List<Sample> queries(SyntheticPersons gen, int persons, int n, SplittableRandom r) {
        List<Sample> out = new ArrayList<>();
        int[] upTo = {25, 50, 65, 80, 90, 95, 100};
        for (int i = 0; i < n; i++) {
            PersonDocument p = gen.person(1 + r.nextInt(persons));
            int kind = r.nextInt(100);
            int k = 0;
            while (kind >= upTo[k]) {
                k++;
            }
            out.add(new Sample(KINDS.get(k), query(p, kind, r), p.id()));
        }
        return out;
    }

    /** One way of asking for {@code p}, chosen by {@code kind} in [0, 100). */
    static PersonQuery query(PersonDocument p, int kind, SplittableRandom r) {
        String ordered = new NameParts(p.familyName(), p.middleName(), p.givenName()).vietnameseOrder();
        String folded = VietnameseNames.fold(ordered);
        String place = p.province() == null ? "" : VietnameseNames.fold(p.province());
        if (kind < 25) {
            return PersonQuery.text(folded);
        }
        if (kind < 50) {
            return PersonQuery.text(folded + " " + p.birthYear() + " " + place);
        }
        if (kind < 65) {
            String given = VietnameseNames.fold(p.givenName()).toUpperCase(Locale.ROOT);
            String rest = VietnameseNames.fold(p.familyName() + " " + p.middleName()).toUpperCase(Locale.ROOT);
            return PersonQuery.text(given + ", " + rest);
        }
        if (kind < 80) {
            return PersonQuery.text(p.fullName());
        }
        if (kind < 90) {
            String typo = SyntheticPersons.swapTwoLetters(VietnameseNames.fold(p.givenName()), r);
            return PersonQuery.text(VietnameseNames.fold(p.familyName() + " " + p.middleName()) + " " + typo);
        }
        if (kind < 95) {
            return PersonQuery.text(VietnameseNames.fold(p.givenName()) + " " + place);
        }
        return PersonQuery.text(folded).withSide(p.side())
                .withBirthYears(p.birthYear() - 2, p.birthYear() + 2).withStatus(p.status());
    }

    /** How often the person a query was built from is on its first page (20 hits), per kind. */
    private static void reportFirstPage(List<Sample> samples, PersonIndex index) {
        System.out.println("person asked for on the first page of 20:");
        for (String kind : KINDS) {
            List<Sample> of = samples.stream().filter(s -> s.kind().equals(kind)).toList();
            long found = of.stream().filter(s -> index.search(s.query()).items().stream()
                    .anyMatch(h -> h.id() == s.target())).count();
            System.out.printf(Locale.ROOT, "  %-26s %5.1f %%  (%d of %d)%n", kind, 100.0 * found / Math.max(1, of.size()),
                    found, of.size());
        }
    }

    private static void report(String what, long[] nanos) {
        if (nanos.length == 0) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (n=%d)%n", what,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static double sizeMiB(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }
}
