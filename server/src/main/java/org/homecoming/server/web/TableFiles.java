package org.homecoming.server.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table of figures — a header row and rows of text and numbers — as CSV (RFC 4180, numbers plain with a
 * dot) or as an XLSX workbook of one sheet (numbers as numeric cells), the one way every dashboard exports. An empty
 * cell is null.
 *
 * <pre>{@code
 * TableFiles.csv(writer, List.of("Figure", "Count"), List.of(List.of("Reached", 12)));
 * }</pre>
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static void csv(Writer out, List<String> header, List<? extends List<?>> rows) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(TableFiles::text).toList());
            }
        }
    }

    public static void xlsx(OutputStream out, String sheetName, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(sheetName);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int n = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
