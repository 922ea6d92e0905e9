package org.homecoming.programme.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCountedPhysically() throws IOException {
        CsvReader r = new CsvReader(new StringReader("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n"));
        assertThat(r.next()).isEqualTo(new CsvReader.Line(1, List.of("a", "b")));
        assertThat(r.next()).isEqualTo(new CsvReader.Line(2, List.of("x, y", "say \"hi\"")));
        assertThat(r.next()).isEqualTo(new CsvReader.Line(3, List.of("two\nlines", "z")));
        assertThat(r.next()).isEqualTo(new CsvReader.Line(5, List.of("last", "")));
        assertThat(r.next()).isNull();
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b\nc,d"));
        r.next();
        assertThat(r.next()).isEqualTo(new CsvReader.Line(2, List.of("c", "d")));
    }

    @Test
    void aBlankLineIsARecordOfOneEmptyFieldOnItsOwnLine() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b\n\nc,d\n"));
        r.next();
        assertThat(r.next()).isEqualTo(new CsvReader.Line(2, List.of("")));
        assertThat(r.next()).isEqualTo(new CsvReader.Line(3, List.of("c", "d")));
    }

    @Test
    void textAfterAClosingQuoteIsKept() throws IOException {
        CsvReader r = new CsvReader(new StringReader("\"ab\"c,d\n"));
        assertThat(r.next().fields()).containsExactly("abc", "d");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheRecordStarted() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a\n\"open\nstill open\n"));
        r.next();
        assertThatThrownBy(r::next).isInstanceOf(CsvSyntaxException.class)
                .hasMessage("line 2: quoted field not closed before end of file");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        List<String> row = List.of("Nguyễn Văn An", "a,b", "say \"hi\"", "two\nlines", "");
        StringWriter out = new StringWriter();
        try (CsvWriter w = new CsvWriter(out)) {
            w.row(List.of("h1", "h2", "h3", "h4", "h5"));
            w.row(row);
            assertThat(w.rows()).isEqualTo(2);
        }
        assertThat(out.toString()).isEqualTo("h1,h2,h3,h4,h5\nNguyễn Văn An,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
        CsvReader r = new CsvReader(new StringReader(out.toString()));
        r.next();
        assertThat(r.next()).isEqualTo(new CsvReader.Line(2, row));
    }
}
