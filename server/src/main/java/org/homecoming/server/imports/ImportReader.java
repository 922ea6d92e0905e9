package org.homecoming.server.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.csv.CsvReader;

/**
 * Reads and checks the CSV files of a programme directory (docs/formats.md) without writing
 * anything: every problem is collected as {@code FILE:LINE: FIELD: PROBLEM}; when there is none
 * the rows are ready to be written. Files absent from the directory are skipped; {@code truth.csv}
 * is never read. An optional {@code lineage_reference.csv} (a population reference set for lineage
 * frequencies) is read by {@link LineageReferenceReader} and stored as a set with the import.
 *
 * <pre>{@code
 * ImportReader.Result r = ImportReader.read(dir, KnownRefs.none());
 * r.problems().forEach(System.out::println);
 * }</pre>
 */
final class ImportReader {

    /** The files imported, in dependency order. */
    static final List<ProgrammeFile> IMPORTED = List.of(ProgrammeFile.MISSING_PERSONS, ProgrammeFile.FAMILY_MEMBERS,
            ProgrammeFile.SITES, ProgrammeFile.REMAINS, ProgrammeFile.PROFILES, ProgrammeFile.LINEAGE);
    /** Their file names. */
    static final List<String> FILES = IMPORTED.stream().map(ProgrammeFile::fileName).toList();
    /** Problems beyond this many are not listed (the count is still reported). */
    static final int MAX_PROBLEMS = 1000;

    /** The outcome: the rows, the problems, and the row count of each file read. */
    record Result(ProgrammeData data, List<ImportProblem> problems, Map<String, Integer> rows) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Ids seen so far in this import and already in the registry. */
    static final class Refs {
        final KnownRefs known;
        final Set<String> persons = new HashSet<>();
        final Map<String, String> memberFamily = new java.util.HashMap<>();
        final Map<String, String> familyPerson = new java.util.HashMap<>();
        /** Missing person → the family they are in (as its first missing person or as a row of it). */
        final Map<String, String> personFamily = new java.util.HashMap<>();
        /** Missing persons placed by a row of {@code family_members.csv} in a family they do not head. */
        final Set<String> missingRows = new HashSet<>();
        final Set<String> sites = new HashSet<>();
        final Set<String> remains = new HashSet<>();

        Refs(KnownRefs known) {
            this.known = known;
        }

        boolean person(String ref) {
            return persons.contains(ref) || known.persons().contains(ref);
        }
    }

    private ImportReader() {
    }

    static Result read(Path dir, KnownRefs known) {
        ProgrammeData data = new ProgrammeData();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        Refs refs = new Refs(known);
        FamilyRows family = new FamilyRows(data, refs);
        DnaRows dna = new DnaRows(data, refs);
        Map<ProgrammeFile, Consumer<Row>> checkers = Map.of(
                ProgrammeFile.MISSING_PERSONS, r -> PersonRows.read(r, data, refs),
                ProgrammeFile.FAMILY_MEMBERS, family::read,
                ProgrammeFile.SITES, r -> SiteRows.readSite(r, data, refs),
                ProgrammeFile.REMAINS, r -> SiteRows.readRemains(r, data, refs),
                ProgrammeFile.PROFILES, dna::readCall,
                ProgrammeFile.LINEAGE, dna::readLineage);
        for (ProgrammeFile file : IMPORTED) {
            Path p = dir.resolve(file.fileName());
            if (Files.isRegularFile(p)) {
                rows.put(file.fileName(), readFile(p, file, checkers.get(file), problems));
                if (file == ProgrammeFile.FAMILY_MEMBERS) {
                    family.checkPedigrees(problems);
                }
            }
        }
        Path reference = dir.resolve(LineageReferenceReader.FILE);
        if (Files.isRegularFile(reference)) {
            rows.put(LineageReferenceReader.FILE, lineageReference(reference, data, problems));
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(dir.getFileName() == null ? "." : dir.getFileName().toString(), 0, "files",
                    "none of " + String.join(", ", FILES) + " found"));
        }
        // the optional population set (not a file of the case) is listed last
        problems.sort(java.util.Comparator.comparingInt((ImportProblem q) -> FILES.contains(q.file()) ? FILES.indexOf(q.file())
                : FILES.size()).thenComparingLong(ImportProblem::line));
        List<ImportProblem> shown = problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS)) : problems;
        return new Result(data, shown, rows);
    }

    /** The optional {@code lineage_reference.csv}: a population reference set stored with the import. */
    private static int lineageReference(Path p, ProgrammeData data, List<ImportProblem> problems) {
        try {
            List<ImportProblem> found = LineageReferenceReader.read(Files.readString(p, StandardCharsets.UTF_8),
                    data.lineageReference);
            problems.addAll(found);
            return data.lineageReference.size();
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(new ImportProblem(LineageReferenceReader.FILE, 0, "file", "not UTF-8 text"));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int readFile(Path p, ProgrammeFile file, Consumer<Row> checker, List<ImportProblem> problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(p), decoder)) {
            return readRows(file.fileName(), in, file.columns(), checker, problems);
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(file.fileName(), 0, "file", "not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /**
     * Checks the header and passes every record of {@code in} to {@code checker} as a {@link Row}; blank
     * lines are skipped, a record of the wrong width and a quote left open ({@link
     * org.homecoming.programme.csv.CsvSyntaxException}) are problems. Returns the records read.
     */
    static int readRows(String file, Reader in, List<String> expected, Consumer<Row> checker, List<ImportProblem> problems)
            throws IOException {
        try (CsvReader csv = new CsvReader(in)) {
            CsvReader.Line header = csv.next();
            if (!headerOk(file, header == null ? null : header.fields(), expected, problems)) {
                return 0;
            }
            int count = 0;
            for (CsvReader.Line rec = csv.next(); rec != null; rec = csv.next()) {
                if (rec.fields().size() == 1 && rec.fields().get(0).isEmpty()) {
                    continue;
                }
                Row row = new Row(file, rec.number(), expected, rec.fields(), problems);
                if (rec.fields().size() != expected.size()) {
                    row.problem("row", rec.fields().size() + " fields, expected " + expected.size());
                } else {
                    checker.accept(row);
                }
                count++;
            }
            return count;
        } catch (IllegalArgumentException e) {
            // a quote left open (CsvSyntaxException, "line N: ..."); as before, any refusal ends the file
            problems.add(new ImportProblem(file, 0, "file", e.getMessage()));
            return 0;
        }
    }

    static boolean headerOk(String file, List<String> header, List<String> expected, List<ImportProblem> problems) {
        if (header == null) {
            problems.add(new ImportProblem(file, 1, "header", "file is empty"));
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String found = i < header.size() ? header.get(i) : "(nothing)";
            if (!expected.get(i).equals(found)) {
                problems.add(new ImportProblem(file, 1, "header", "expected column " + (i + 1) + " '" + expected.get(i)
                        + "', found '" + found + "'"));
                return false;
            }
        }
        if (header.size() > expected.size()) {
            problems.add(new ImportProblem(file, 1, "header", header.size() + " columns, expected " + expected.size()));
            return false;
        }
        return true;
    }
}
