package org.homecoming.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link PersonQuery} into a Lucene query: every word must be found somewhere, names count
 * most, numbers are years, whole names and typed diacritics add to the score, filters are exact.
 *
 * <pre>{@code
 * Query q = PersonQueryBuilder.build(PersonQuery.text("nguyen van thanh 1948 nam dinh"), false);
 * }</pre>
 *
 * <p>With {@code relaxed} a word may be missing (at least half must be found): used when the strict
 * query finds nobody, e.g. when a word of the query is in no record.
 */
final class PersonQueryBuilder {

    static final float NAME_BOOST = 3f;
    static final float FUZZY_BOOST = 1f;
    static final float PLACE_BOOST = 1f;
    static final float UNIT_BOOST = 1f;
    static final float GIVEN_BOOST = 0.5f;
    static final float FAMILY_BOOST = 0.25f;
    static final float DIACRITIC_BOOST = 1.5f;
    static final float WHOLE_NAME_BOOST = 6f;
    static final float WHOLE_EXACT_NAME_BOOST = 4f;
    static final float BIRTH_YEAR_BOOST = 3f;
    static final float LOSS_YEAR_BOOST = 2f;
    static final float NEAR_BIRTH_YEAR_BOOST = 1f;
    static final int FUZZY_MIN_LENGTH = 4;
    static final int FUZZY_EXPANSIONS = 30;
    static final int MIN_YEAR = 1850;
    static final int MAX_YEAR = 2030;
    private static final int WHOLE_NAME_MAX_WORDS = 5;
    /** Words beyond this are ignored, keeping the query under Lucene's clause limit. */
    static final int MAX_WORDS = 12;

    private PersonQueryBuilder() {
    }

    /** Whether the text has a word that a relaxed query could drop. */
    static boolean canRelax(PersonQuery q) {
        return words(PersonAnalysis.tokens(q.text())).size() >= 2;
    }

    static Query build(PersonQuery q, boolean relaxed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(PersonAnalysis.tokens(q.text()), relaxed).orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        addFilters(b, q);
        return b.build();
    }

    private static Optional<Query> text(List<PersonAnalysis.Token> tokens, boolean relaxed) {
        List<PersonAnalysis.Token> words = words(tokens);
        List<Integer> years = years(tokens);
        if (words.isEmpty() && years.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        for (PersonAnalysis.Token w : words) {
            required.add(word(w), relaxed ? Occur.SHOULD : Occur.MUST);
            addRoleAndDiacritics(b, w);
        }
        if (relaxed) {
            required.setMinimumNumberShouldMatch((words.size() + 1) / 2);
        }
        if (words.isEmpty()) {
            b.add(yearScore(years), Occur.MUST);
        } else {
            b.add(required.build(), Occur.MUST);
            if (!years.isEmpty()) {
                b.add(yearScore(years), Occur.SHOULD);
            }
        }
        addWholeNames(b, words);
        return Optional.of(b.build());
    }

    /** One word must match a name (exactly or with one edit), a place or the unit. */
    private static Query word(PersonAnalysis.Token w) {
        List<Query> alternatives = new ArrayList<>();
        String t = w.folded();
        alternatives.add(new BoostQuery(new TermQuery(new Term(PersonFields.PLACE, t)), PLACE_BOOST));
        alternatives.add(new BoostQuery(new TermQuery(new Term(PersonFields.UNIT_TEXT, t)), UNIT_BOOST));
        if (!w.isNumber()) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(PersonFields.NAME, t)), NAME_BOOST));
            if (t.length() >= FUZZY_MIN_LENGTH) {
                alternatives.add(new BoostQuery(
                        new FuzzyQuery(new Term(PersonFields.NAME, t), 1, 0, FUZZY_EXPANSIONS, true),
                        FUZZY_BOOST));
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static void addRoleAndDiacritics(BooleanQuery.Builder b, PersonAnalysis.Token w) {
        if (w.isNumber()) {
            return;
        }
        b.add(new BoostQuery(new TermQuery(new Term(PersonFields.GIVEN, w.folded())), GIVEN_BOOST), Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(PersonFields.FAMILY, w.folded())), FAMILY_BOOST), Occur.SHOULD);
        if (w.hasDiacritics()) {
            b.add(new BoostQuery(new TermQuery(new Term(PersonFields.NAME_EXACT, w.exact())), DIACRITIC_BOOST),
                    Occur.SHOULD);
        }
    }

    /** Every run of two to five consecutive words may be a person's whole name, in any order. */
    private static void addWholeNames(BooleanQuery.Builder b, List<PersonAnalysis.Token> words) {
        List<BytesRef> folded = new ArrayList<>();
        List<BytesRef> exact = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 2; to <= Math.min(words.size(), from + WHOLE_NAME_MAX_WORDS); to++) {
                List<PersonAnalysis.Token> run = words.subList(from, to);
                folded.add(new BytesRef(PersonAnalysis.orderFreeKey(
                        run.stream().map(PersonAnalysis.Token::folded).toList())));
                if (run.stream().anyMatch(PersonAnalysis.Token::hasDiacritics)) {
                    exact.add(new BytesRef(PersonAnalysis.orderFreeKey(
                            run.stream().map(PersonAnalysis.Token::exact).toList())));
                }
            }
        }
        if (!folded.isEmpty()) {
            b.add(new BoostQuery(new TermInSetQuery(PersonFields.NAME_KEY, folded), WHOLE_NAME_BOOST), Occur.SHOULD);
        }
        if (!exact.isEmpty()) {
            b.add(new BoostQuery(new TermInSetQuery(PersonFields.NAME_EXACT_KEY, exact), WHOLE_EXACT_NAME_BOOST),
                    Occur.SHOULD);
        }
    }

    private static Query yearScore(List<Integer> years) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int y : years) {
            b.add(new BoostQuery(IntField.newExactQuery(PersonFields.BIRTH_YEAR, y), BIRTH_YEAR_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(IntField.newExactQuery(PersonFields.LOSS_YEAR, y), LOSS_YEAR_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(IntField.newRangeQuery(PersonFields.BIRTH_YEAR, y - 1, y + 1),
                    NEAR_BIRTH_YEAR_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    private static void addFilters(BooleanQuery.Builder b, PersonQuery q) {
        addTerm(b, PersonFields.SIDE, q.side());
        addTerm(b, PersonFields.STATUS, q.status());
        addTerm(b, PersonFields.PROVINCE_KEY, q.province() == null ? null : VietnameseNames.fold(q.province()));
        addTerm(b, PersonFields.UNIT_KEY, q.unit() == null ? null : VietnameseNames.fold(q.unit()));
        addRange(b, PersonFields.BIRTH_YEAR, q.birthYearFrom(), q.birthYearTo());
        addRange(b, PersonFields.LOSS_YEAR, q.lossYearFrom(), q.lossYearTo());
        if (!q.visibleSides().isEmpty()) {
            b.add(new TermInSetQuery(PersonFields.SIDE,
                    q.visibleSides().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    private static void addTerm(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static void addRange(BooleanQuery.Builder b, String field, Integer from, Integer to) {
        if (from != null || to != null) {
            b.add(IntField.newRangeQuery(field, from == null ? Integer.MIN_VALUE : from,
                    to == null ? Integer.MAX_VALUE : to), Occur.FILTER);
        }
    }

    private static List<PersonAnalysis.Token> words(List<PersonAnalysis.Token> tokens) {
        return tokens.stream().filter(t -> year(t).isEmpty()).limit(MAX_WORDS).toList();
    }

    private static List<Integer> years(List<PersonAnalysis.Token> tokens) {
        return tokens.stream().map(PersonQueryBuilder::year).flatMap(Optional::stream).distinct()
                .limit(MAX_WORDS).toList();
    }

    /** The token as a year, if it is a four-digit number in the years the registry covers. */
    private static Optional<Integer> year(PersonAnalysis.Token t) {
        if (!t.isNumber() || t.folded().length() != 4) {
            return Optional.empty();
        }
        int y = Integer.parseInt(t.folded());
        return y >= MIN_YEAR && y <= MAX_YEAR ? Optional.of(y) : Optional.empty();
    }
}
