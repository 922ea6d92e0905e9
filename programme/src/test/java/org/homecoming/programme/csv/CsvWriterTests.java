package org.homecoming.programme.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void quotesOnlyFieldsWithCommasQuotesOrLineBreaks() {
        StringWriter out = new StringWriter();
        try (CsvWriter w = new CsvWriter(out)) {
            w.row(List.of("Nguyễn Văn An", "Tiểu đoàn 3, Trung đoàn 9", "say \"hi\"", "a\nb", ""));
        }
        assertThat(out.toString())
                .isEqualTo("Nguyễn Văn An,\"Tiểu đoàn 3, Trung đoàn 9\",\"say \"\"hi\"\"\",\"a\nb\",\n");
    }
}
