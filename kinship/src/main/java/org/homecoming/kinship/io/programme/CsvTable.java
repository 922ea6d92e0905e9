package org.homecoming.kinship.io.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.homecoming.kinship.io.InputFormatException;

/**
 * Streams the records of one RFC 4180 CSV file of a programme directory, checking the header and the
 * field count; every problem is an {@link InputFormatException} reading {@code FILE:LINE: FIELD: problem}.
 */
final class CsvTable {

    private final String file;
    private final List<String> header;

    private CsvTable(String file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** One record: its fields by column name and its first physical line (1-based, header = 1). */
    record Row(CsvTable table, int line, List<String> fields) {

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
            return new InputFormatException(table.file, line, column + ": " + problem);
        }
    }

    static void read(Path dir, String name, List<String> expected, Consumer<Row> sink) {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new InputFormatException(name, 0, "file is missing from the programme directory");
        }
        int[] line = {1};
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            CsvTable t = new CsvTable(name, expected);
            List<String> head = record(r, name, line);
            if (head == null) {
                throw new InputFormatException(name, 0, "file is empty");
            }
            if (!head.isEmpty() && head.get(0).startsWith("\uFEFF")) {
                head.set(0, head.get(0).substring(1));
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = i < head.size() ? head.get(i) : "(nothing)";
                if (!expected.get(i).equals(found)) {
                    throw new InputFormatException(name, 1, "header: expected column " + (i + 1) + " '" + expected.get(i)
                            + "', found '" + found + "'");
                }
            }
            while (true) {
                int start = line[0] + 1;
                line[0] = start;
                List<String> fields = record(r, name, line);
                if (fields == null) {
                    return;
                }
                if (fields.size() != expected.size()) {
                    throw new InputFormatException(name, start, "row: " + fields.size() + " fields, expected " + expected.size());
                }
                sink.accept(new Row(t, start, fields));
            }
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

    /** Reads one record (possibly several physical lines); {@code line[0]} is advanced to its last line. */
    private static List<String> record(BufferedReader r, String file, int[] line) throws IOException {
        String text = r.readLine();
        if (text == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String next = r.readLine();
                if (next == null) {
                    throw new InputFormatException(file, line[0], "row: unterminated quoted field");
                }
                line[0]++;
                cur.append('\n');
                text = next;
                i = 0;
                continue;
            }
            char ch = text.charAt(i++);
            if (quoted) {
                if (ch == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (ch != '\r' || i != text.length()) {
                cur.append(ch);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
