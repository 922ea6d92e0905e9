package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MessagesTests {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /**
     * Every bundle named in spring.messages.basename: {@code messages} (the layout and the pages that
     * came first) and one each for the archive, identification, user management and family liaison
     * pages. Each is a base file in English and a {@code _vi} file; there are no {@code _en} files,
     * English falls back to the base file.
     */
    static final String[] BUNDLES = {"messages", "messages-archive", "messages-identification", "messages-users",
        "messages-closure", "messages-landrelease", "messages-dioxin-volume", "messages-dioxin", "messages-assistance",
        "messages-cooperation"};

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Properties base = load(bundle + ".properties");
            assertThat(load(bundle + "_vi.properties").keySet()).as(bundle).isEqualTo(base.keySet());
            assertThat(MessagesTests.class.getResource("/" + bundle + "_en.properties"))
                .as("English lives in the base file " + bundle + ".properties, not in a twin that could drift")
                .isNull();
        }
        assertThat(load("messages.properties")).hasSizeGreaterThan(100);
    }

    /** The message source as application.properties configures it (Spring Boot's auto-configuration). */
    static ResourceBundleMessageSource applicationMessageSource() throws IOException {
        Properties app = load("application.properties");
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(app.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding(app.getProperty("spring.messages.encoding"));
        source.setFallbackToSystemLocale(
            Boolean.parseBoolean(app.getProperty("spring.messages.fallback-to-system-locale")));
        return source;
    }

    @Test
    void englishResolvesToTheBaseFileAndVietnameseToTheViFile() throws IOException {
        // Without the fallback to the system locale, ?lang=en finds no messages_en and reads the base file
        // whatever the JVM's default locale; with it, a server started under a Vietnamese system locale
        // would answer English pages in Vietnamese. So the setting is part of what this test checks.
        assertThat(load("application.properties").getProperty("spring.messages.fallback-to-system-locale"))
            .isEqualTo("false");
        ResourceBundleMessageSource source = applicationMessageSource();
        for (String bundle : BUNDLES) {
            Properties en = load(bundle + ".properties");
            Properties vi = load(bundle + "_vi.properties");
            for (String key : en.stringPropertyNames()) {
                assertThat(source.getMessage(key, null, Locale.ENGLISH)).as(bundle + " en " + key)
                    .isEqualTo(en.getProperty(key));
                assertThat(source.getMessage(key, null, Locale.US)).as(bundle + " en-US " + key)
                    .isEqualTo(en.getProperty(key));
                assertThat(source.getMessage(key, null, LocaleConfig.VIETNAMESE)).as(bundle + " vi " + key)
                    .isEqualTo(vi.getProperty(key));
            }
        }
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
        ResourceBundleMessageSource source = applicationMessageSource();
        assertThat(source.getMessage("nav.search", null, LocaleConfig.VIETNAMESE)).isEqualTo("Tìm kiếm");
        assertThat(source.getMessage("nav.search", null, Locale.ENGLISH)).isEqualTo("Search");
    }
}
