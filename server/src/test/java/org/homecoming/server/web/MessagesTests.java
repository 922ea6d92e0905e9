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

    /** Every bundle named in spring.messages.basename: one per feature, so features do not share a file. */
    static final String[] BUNDLES = {"messages", "messages-archive", "messages-identification", "messages-users",
        "messages-closure"};

    @Test
    void vietnameseEnglishAndDefaultHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Properties base = load(bundle + ".properties");
            assertThat(load(bundle + "_vi.properties").keySet()).as(bundle).isEqualTo(base.keySet());
            assertThat(load(bundle + "_en.properties").keySet()).as(bundle).isEqualTo(base.keySet());
        }
        assertThat(load("messages.properties")).hasSizeGreaterThan(100);
    }

    @Test
    void theApplicationLoadsEveryBundle() throws IOException {
        Properties app = load("application.properties");
        assertThat(app.getProperty("spring.messages.basename").split(",")).containsExactly(BUNDLES);
    }

    @Test
    void vietnameseLabelsAreInNfcAndTranslated() throws IOException {
        for (String bundle : BUNDLES) {
            Properties vi = load(bundle + "_vi.properties");
            for (String k : vi.stringPropertyNames()) {
                assertThat(Normalizer.isNormalized(vi.getProperty(k), Normalizer.Form.NFC)).as(k).isTrue();
            }
        }
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(vi.getProperty("nav.search")).isEqualTo("Tìm kiếm");
        assertThat(en.getProperty("nav.search")).isEqualTo("Search");
    }
}
