package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pages within the strict Content-Security-Policy and the scripts from turning data into
 * markup: templates hold no inline script, event handler, {@code style} attribute or
 * {@code <style>} block; the hand-written scripts use no HTML-parsing sink and no {@code eval}.
 * The browser test {@code HostileNamesBrowserTests} shows the outcome; this one names the line.
 */
class InlineCodeTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
    /** The identification report's stylesheet goes inline for the PDF renderer only (never to a browser). */
    private static final String PDF_ONLY_STYLE = "<style th:unless=\"${#strings.isEmpty(pdfStyles)}\"";

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Every match of {@code pattern} in the files, as "file:line: text". */
    private static List<String> find(List<Path> files, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.find() && !lines.get(i).contains(PDF_ONLY_STYLE)) {
                    found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    @Nested
    class Templates {

        @Test
        void loadScriptsFromFilesOnly() throws IOException {
            assertThat(find(files(TEMPLATES, ".html"), Pattern.compile("<script\\b(?![^>]*\\bsrc=)"))).isEmpty();
            assertThat(find(files(TEMPLATES, ".html"), Pattern.compile("th:inline=\"javascript\""))).isEmpty();
        }

        @Test
        void haveNoEventHandlerAttributes() throws IOException {
            assertThat(find(files(TEMPLATES, ".html"),
                    Pattern.compile("\\s(th:|data-)?(hx-)?on[a-z:-]*\\s*=", Pattern.CASE_INSENSITIVE))).isEmpty();
        }

        @Test
        void haveNoInlineStyles() throws IOException {
            assertThat(find(files(TEMPLATES, ".html"), Pattern.compile("\\s(th:)?style\\s*=|<style\\b"))).isEmpty();
        }

        @Test
        void haveNoJavascriptUrls() throws IOException {
            assertThat(find(files(TEMPLATES, ".html"), Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE))).isEmpty();
        }
    }

    @Nested
    class Scripts {

        @Test
        void buildTheDomWithoutParsingHtml() throws IOException {
            assertThat(files(SCRIPTS, ".js")).isNotEmpty();
            assertThat(find(files(SCRIPTS, ".js"),
                    Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment"
                            + "|DOMParser|\\.html\\("))).isEmpty();
        }

        @Test
        void neverEvaluateText() throws IOException {
            assertThat(find(files(SCRIPTS, ".js"),
                    Pattern.compile("\\beval\\(|new Function|setTimeout\\(\\s*['\"`]|setInterval\\(\\s*['\"`]"))).isEmpty();
        }

        @Test
        void giveLeafletPopupsAndTooltipsDomNodes() throws IOException {
            // Leaflet parses a string given to a popup or tooltip as HTML; the scripts pass nodes
            // made by a function named ...Popup or ...Tooltip that sets textContent.
            assertThat(find(files(SCRIPTS, ".js"),
                    Pattern.compile("\\.(bindPopup|bindTooltip|setContent|setPopupContent|setTooltipContent)"
                            + "\\((?!\\w+(Popup|Tooltip)\\()"))).isEmpty();
        }
    }
}
