package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTests {

    @Test
    void writesObjectsInOrderWithArraysStringsAndNulls() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "H1 \"father\"\n");
        m.put("values", Arrays.asList(1.0, null, true, 3));
        m.put("empty", Map.of());
        assertThat(JsonWriter.write(m)).isEqualTo("{\"name\":\"H1 \\\"father\\\"\\n\",\"values\":[1.0,null,true,3],\"empty\":{}}");
    }

    @Test
    void nonFiniteNumbersAreNull() {
        assertThat(JsonWriter.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)))
                .isEqualTo("[null,null,null]");
    }

    @Test
    void doublesUseTheShortestDigitsThatReadBack() {
        assertThat(JsonWriter.number(0.1)).isEqualTo("0.1");
        assertThat(JsonWriter.number(2)).isEqualTo("2.0");
        assertThat(JsonWriter.number(-50.93388417595562)).isEqualTo("-50.93388417595562");
        assertThat(JsonWriter.number(1.5e-7)).isEqualTo("1.5E-7");
        assertThat(JsonWriter.number(1e21)).isEqualTo("1.0E21");
        assertThat(JsonWriter.number(0.001)).isEqualTo("0.001");
        assertThat(JsonWriter.number(2.0E-3 / 3)).isEqualTo("6.666666666666666E-4");
        assertThat(JsonWriter.number(Math.scalb(1.0, -10))).isEqualTo("9.765625E-4");
        for (double d : new double[] {Math.PI, 1 / 3.0, 772.3693467796228, 5.21594e-5, 123456789.125}) {
            assertThat(Double.parseDouble(JsonWriter.number(d))).isEqualTo(d);
        }
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> JsonWriter.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value cannot be written as JSON: java.lang.Object");
        assertThatThrownBy(() -> JsonWriter.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON object key must be a string: 1");
    }
}
