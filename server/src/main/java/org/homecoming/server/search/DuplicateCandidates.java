package org.homecoming.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

/**
 * Finds indexed persons that may be the same as a given one, so the registry can show
 * "possible duplicates" with the reasons for each; it never merges anything itself.
 *
 * <pre>{@code
 * List<DuplicateCandidate> maybe = duplicates.find(index.find(42).orElseThrow());
 * // e.g. [DuplicateCandidate[id=97, score=7.5, reasons=[SAME_NAME, SAME_BIRTH_YEAR, SAME_PROVINCE]]]
 * }</pre>
 *
 * <p>A candidate is on the same side and has the same folded name (any order, any alias) or one
 * letter off; when the person examined has a birth year, year of loss, province or unit, the candidate
 * must also share one of them (birth years within {@value #CLOSE_YEARS}). The person itself (same id)
 * is never a candidate. Best first; ties in id order.
 */
@Component
public class DuplicateCandidates {

    public static final String SAME_NAME = "SAME_NAME";
    public static final String NAME_ONE_EDIT = "NAME_ONE_EDIT";
    public static final String SAME_BIRTH_YEAR = "SAME_BIRTH_YEAR";
    public static final String CLOSE_BIRTH_YEAR = "CLOSE_BIRTH_YEAR";
    public static final String SAME_LOSS_YEAR = "SAME_LOSS_YEAR";
    public static final String SAME_PROVINCE = "SAME_PROVINCE";
    public static final String SAME_UNIT = "SAME_UNIT";
    /** Candidates returned by {@link #find(PersonDocument)}. */
    public static final int DEFAULT_LIMIT = 10;
    static final int CLOSE_YEARS = 2;
    private static final int POOL = 200;

    private final LucenePersonIndex index;

    public DuplicateCandidates(LucenePersonIndex index) {
        this.index = index;
    }

    /** Up to {@link #DEFAULT_LIMIT} possible duplicates of {@code d}, best first. */
    public List<DuplicateCandidate> find(PersonDocument d) {
        return find(d, DEFAULT_LIMIT);
    }

    /** Up to {@code limit} possible duplicates of {@code d}, best first. */
    public List<DuplicateCandidate> find(PersonDocument d, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        PersonNames mine = PersonNames.of(d);
        boolean needsCorroboration = d.birthYear() != null || d.lossYear() != null
                || !isBlank(d.province()) || !isBlank(d.unit());
        return index.withSearcher(s -> {
            List<DuplicateCandidate> out = new ArrayList<>();
            for (PersonDocument other : pool(s, d, mine)) {
                List<String> reasons = reasons(d, mine, other);
                boolean corroborated = reasons.size() > 1;
                if (!reasons.isEmpty() && (corroborated || !needsCorroboration)) {
                    out.add(new DuplicateCandidate(other.id(), score(reasons), reasons));
                }
            }
            out.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                    .thenComparingLong(DuplicateCandidate::id));
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        });
    }

    private static List<PersonDocument> pool(IndexSearcher s, PersonDocument d, PersonNames mine) throws IOException {
        List<Query> names = new ArrayList<>();
        for (String key : mine.keys()) {
            names.add(new TermQuery(new Term(PersonFields.NAME_KEY, key)));
            names.add(new FuzzyQuery(new Term(PersonFields.NAME_KEY, key), 1, 0, 50, true));
        }
        names.add(new FuzzyQuery(new Term(PersonFields.NAME_ORDERED, mine.ordered()), 1, 0, 50, true));
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(names, 0f), Occur.MUST)
                .add(new TermQuery(new Term(PersonFields.SIDE, d.side())), Occur.FILTER)
                .add(new TermQuery(PersonFields.idTerm(d.id())), Occur.MUST_NOT);
        if (d.birthYear() != null) {
            b.add(IntField.newRangeQuery(PersonFields.BIRTH_YEAR, d.birthYear() - CLOSE_YEARS,
                    d.birthYear() + CLOSE_YEARS), Occur.SHOULD);
        }
        if (!isBlank(d.province())) {
            b.add(new TermQuery(new Term(PersonFields.PROVINCE_KEY, VietnameseNames.fold(d.province()))), Occur.SHOULD);
        }
        if (!isBlank(d.unit())) {
            b.add(new TermQuery(new Term(PersonFields.UNIT_KEY, VietnameseNames.fold(d.unit()))), Occur.SHOULD);
        }
        List<PersonDocument> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(b.build(), POOL).scoreDocs) {
            out.add(PersonFields.fromLucene(s.storedFields().document(sd.doc)));
        }
        return out;
    }

    private static List<String> reasons(PersonDocument d, PersonNames mine, PersonDocument other) {
        List<String> reasons = new ArrayList<>();
        PersonNames theirs = PersonNames.of(other);
        if (mine.sameAs(theirs)) {
            reasons.add(SAME_NAME);
        } else if (mine.oneEditFrom(theirs)) {
            reasons.add(NAME_ONE_EDIT);
        } else {
            return List.of();
        }
        if (d.birthYear() != null && other.birthYear() != null) {
            int gap = Math.abs(d.birthYear() - other.birthYear());
            if (gap == 0) {
                reasons.add(SAME_BIRTH_YEAR);
            } else if (gap <= CLOSE_YEARS) {
                reasons.add(CLOSE_BIRTH_YEAR);
            }
        }
        if (d.lossYear() != null && d.lossYear().equals(other.lossYear())) {
            reasons.add(SAME_LOSS_YEAR);
        }
        if (sameFolded(d.province(), other.province())) {
            reasons.add(SAME_PROVINCE);
        }
        if (sameFolded(d.unit(), other.unit())) {
            reasons.add(SAME_UNIT);
        }
        return reasons;
    }

    /** Points per reason; a shared name is worth most, a shared birth year next. */
    static double score(List<String> reasons) {
        double total = 0;
        for (String r : reasons) {
            total += switch (r) {
                case SAME_NAME -> 4;
                case NAME_ONE_EDIT -> 2.5;
                case SAME_BIRTH_YEAR -> 2;
                case SAME_PROVINCE, SAME_UNIT -> 1.5;
                case CLOSE_BIRTH_YEAR, SAME_LOSS_YEAR -> 1;
                default -> throw new IllegalStateException("unknown duplicate reason: " + r);
            };
        }
        return total;
    }

    private static boolean sameFolded(String a, String b) {
        return !isBlank(a) && !isBlank(b) && VietnameseNames.fold(a).equals(VietnameseNames.fold(b));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A person's names folded: order-free keys of the full name and aliases, and the ordered name. */
    private record PersonNames(Set<String> keys, String ordered) {

        static PersonNames of(PersonDocument d) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(PersonAnalysis.orderFreeKey(PersonAnalysis.foldedTokens(d.fullName())));
            for (String alias : d.aliases()) {
                keys.add(PersonAnalysis.orderFreeKey(PersonAnalysis.foldedTokens(alias)));
            }
            return new PersonNames(keys, PersonFields.orderedName(d));
        }

        boolean sameAs(PersonNames o) {
            return ordered.equals(o.ordered) || keys.stream().anyMatch(o.keys::contains);
        }

        boolean oneEditFrom(PersonNames o) {
            if (EditDistance.atMostOne(ordered, o.ordered)) {
                return true;
            }
            return keys.stream().anyMatch(k -> o.keys.stream().anyMatch(ok -> EditDistance.atMostOne(k, ok)));
        }
    }

    /** Whether two strings are at most one insertion, deletion, substitution or swap apart. */
    static final class EditDistance {

        private EditDistance() {
        }

        static boolean atMostOne(String a, String b) {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i == a.length() || i == b.length()) {
                return true;
            }
            if (a.length() == b.length()) {
                return a.substring(i + 1).equals(b.substring(i + 1))
                        || a.length() > i + 1 && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
            return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                    : a.substring(i).equals(b.substring(i + 1));
        }
    }
}
