package org.homecoming.server.landrelease.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a dashboard table as CSV (header row, plain numbers with a dot) or as an XLSX workbook of one sheet
 * (header row, numeric cells), headers and row labels in the reader's language.
 *
 * <pre>{@code
 * exports.csv(tables.table("released", null, 2024), Locale.ENGLISH, writer);
 * }</pre>
 */
@Component
class SummaryExports {

    private final MessageSource messages;

    SummaryExports(MessageSource messages) {
        this.messages = messages;
    }

    void csv(SummaryTable table, Locale locale, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(headers(table, locale));
            for (SummaryTable.Row r : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(label(table, r, locale));
                r.values().forEach(v -> cells.add(v.toPlainString()));
                csv.printRecord(cells);
            }
        }
    }

    void xlsx(SummaryTable table, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(table.name());
            Row header = sheet.createRow(0);
            List<String> headers = headers(table, locale);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (SummaryTable.Row r : table.rows()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(label(table, r, locale));
                for (int i = 0; i < r.values().size(); i++) {
                    row.createCell(i + 1).setCellValue(r.values().get(i).doubleValue());
                }
            }
            book.write(out);
        }
    }

    private List<String> headers(SummaryTable table, Locale locale) {
        return table.columns().stream().map(c -> messages.getMessage(c.key(), null, c.key(), locale)).toList();
    }

    private String label(SummaryTable table, SummaryTable.Row r, Locale locale) {
        if (SummaryTables.UNKNOWN_PROVINCE.equals(r.label())) {
            return messages.getMessage("summary.unknownProvince", null, r.label(), locale);
        }
        return table.labelPrefix().isEmpty() ? r.label()
                : messages.getMessage(table.labelPrefix() + "." + r.label(), null, r.label(), locale);
    }
}
