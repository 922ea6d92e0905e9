package org.homecoming.server.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The index's two analysis chains and the helpers that cut text into the same tokens.
 *
 * <pre>{@code
 * PersonAnalysis.foldedTokens("Nguyễn Văn Thành"); // [nguyen, van, thanh]
 * PersonAnalysis.exactTokens("Nguyễn Văn Thành");  // [nguyễn, văn, thành]
 * }</pre>
 *
 * <p>Folded: Unicode word segmentation (UAX #29) then ICU folding (UTR #30: case, diacritics,
 * đ → d, width). Exact: the same segmentation then NFKC case folding, which keeps diacritics so that
 * "Thành" can outrank "Thanh" when the searcher typed the accents.
 */
final class PersonAnalysis {

    static final Normalizer2 EXACT = Normalizer2.getNFKCCasefoldInstance();

    static final Analyzer FOLDED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    };

    static final Analyzer EXACT_CASE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ICUNormalizer2Filter(source, EXACT));
        }
    };

    /** Folded for every text field except the diacritic-keeping name field. */
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(FOLDED,
            Map.of(PersonFields.NAME_EXACT, EXACT_CASE));

    private PersonAnalysis() {
    }

    /** A word of a query: as typed, folded, and lower-cased with its diacritics. */
    record Token(String raw, String folded, String exact) {

        boolean isNumber() {
            return folded.chars().allMatch(Character::isDigit);
        }

        boolean hasDiacritics() {
            return !folded.equals(exact);
        }
    }

    /** The words of {@code text}, in order, as the folded chain cuts them. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = FOLDED.tokenStream(PersonFields.NAME, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String raw = text.substring(offset.startOffset(), offset.endOffset());
                out.add(new Token(raw, term.toString(), EXACT.normalize(raw)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text failed", e);
        }
        return out;
    }

    static List<String> foldedTokens(String text) {
        return tokens(text).stream().map(Token::folded).toList();
    }

    static List<String> exactTokens(String text) {
        return tokens(text).stream().map(Token::exact).toList();
    }

    /** The words sorted and joined by a space: equal for the same name written in any order. */
    static String orderFreeKey(List<String> words) {
        return String.join(" ", words.stream().sorted().toList());
    }
}
