package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void vietnameseEnglishAndDefaultHaveTheSameKeys() throws IOException {
        Properties base = load("messages.properties");
        assertThat(load("messages_vi.properties").keySet()).isEqualTo(base.keySet());
        assertThat(load("messages_en.properties").keySet()).isEqualTo(base.keySet());
        assertThat(base).hasSizeGreaterThan(100);
    }

    @Test
    void vietnameseLabelsAreInNfcAndTranslated() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        for (String k : vi.stringPropertyNames()) {
            assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
        }
        assertThat(vi.getProperty("nav.search")).isEqualTo("Tìm kiếm");
        assertThat(en.getProperty("nav.search")).isEqualTo("Search");
    }
}
