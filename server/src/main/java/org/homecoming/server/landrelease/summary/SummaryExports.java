package org.homecoming.server.landrelease.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homecoming.server.web.TableFiles;
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
        TableFiles.csv(out, headers(table, locale), rows(table, locale));
    }

    void xlsx(SummaryTable table, Locale locale, OutputStream out) throws IOException {
        TableFiles.xlsx(out, table.name(), headers(table, locale), rows(table, locale));
    }

    private List<List<Object>> rows(SummaryTable table, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        for (SummaryTable.Row r : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(label(table, r, locale));
            cells.addAll(r.values());
            out.add(cells);
        }
        return out;
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
