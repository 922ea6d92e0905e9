package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCountedPhysically() throws IOException {
        CsvReader r = new CsvReader(new StringReader("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n"));
        assertThat(r.next()).containsExactly("a", "b");
        assertThat(r.line()).isEqualTo(1);
        assertThat(r.next()).containsExactly("x, y", "say \"hi\"");
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.next()).containsExactly("two\nlines", "z");
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.next()).containsExactly("last", "");
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.next()).isNull();
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b\nc,d"));
        r.next();
        assertThat(r.next()).isEqualTo(List.of("c", "d"));
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheRecordStarted() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a\n\"open\nstill open\n"));
        r.next();
        assertThatThrownBy(r::next).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: quoted field not closed before end of file");
    }
}
