package org.homecoming.programme.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.csv.CsvReader;
import org.homecoming.programme.csv.CsvSyntaxException;

/**
 * Streams the records of one CSV file of a programme directory, checking the header and the field
 * count; every problem is an {@link InputFormatException} reading {@code FILE:LINE: FIELD: problem}.
 */
final class CsvTable {

    private final String file;
    private final List<String> header;

    private CsvTable(String file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** One record: its fields by column name and its first physical line (1-based, header = 1). */
    record Row(CsvTable table, long line, List<String> fields) {

        String get(String column) {
            return fields.get(table.column(column));
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error(column, "required value is empty");
            }
            return v;
        }

        InputFormatException error(String column, String problem) {
            return new InputFormatException(table.file, Math.toIntExact(line), column + ": " + problem);
        }
    }

    static void read(Path dir, ProgrammeFile file, Consumer<Row> sink) {
        String name = file.fileName();
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new InputFormatException(name, 0, "file is missing from the programme directory");
        }
        List<String> expected = file.columns();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(path), decoder); CsvReader csv = new CsvReader(in)) {
            CsvTable t = new CsvTable(name, expected);
            CsvReader.Line head = csv.next();
            if (head == null) {
                throw new InputFormatException(name, 0, "file is empty");
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = i < head.fields().size() ? head.fields().get(i) : "(nothing)";
                if (!expected.get(i).equals(found)) {
                    throw new InputFormatException(name, 1, "header: expected column " + (i + 1) + " '" + expected.get(i)
                            + "', found '" + found + "'");
                }
            }
            for (CsvReader.Line rec = csv.next(); rec != null; rec = csv.next()) {
                if (rec.fields().size() != expected.size()) {
                    throw new InputFormatException(name, Math.toIntExact(rec.number()),
                            "row: " + rec.fields().size() + " fields, expected " + expected.size());
                }
                sink.accept(new Row(t, rec.number(), rec.fields()));
            }
        } catch (CsvSyntaxException e) {
            throw new InputFormatException(name, Math.toIntExact(e.line()), "row: unterminated quoted field");
        } catch (CharacterCodingException e) {
            throw new InputFormatException(name, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + file);
        }
        return i;
    }
}
