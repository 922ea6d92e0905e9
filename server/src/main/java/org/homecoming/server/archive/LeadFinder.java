package org.homecoming.server.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.search.PersonHit;
import org.homecoming.server.search.PersonIndex;
import org.homecoming.server.search.PersonQuery;
import org.homecoming.server.search.VietnameseNames;
import org.springframework.stereotype.Component;

/**
 * Proposes the missing persons a page may concern. Each line of the page is searched for names
 * ({@link NameWindows}) in the person index; a person whose name is the window's (in any order,
 * ignoring diacritics, or with one letter wrong) becomes a lead, scored higher when the same line
 * also gives the person's unit, home province or place of loss, year of birth or year of loss.
 *
 * <pre>{@code
 * List<Lead> leads = finder.find(7, page, Set.of("VN"));
 * leads.get(0).reasons(); // [NAME, UNIT, BIRTH_YEAR]
 * }</pre>
 *
 * <p>Scores: NAME 3, NAME_SIMILAR 2, UNIT 2, PLACE 1, BIRTH_YEAR 1.5, LOSS_YEAR 1. Nothing is stored:
 * an officer confirms or rejects each lead.
 */
@Component
public class LeadFinder {

    private final PersonIndex index;
    private final PersonRepository persons;

    LeadFinder(PersonIndex index, PersonRepository persons) {
        this.index = index;
        this.persons = persons;
    }

    /** Leads of one page, best first, at most one per person. */
    public List<Lead> find(long documentId, DocumentPage page, Set<String> visibleSides) {
        Map<Long, Lead> best = new HashMap<>();
        for (String line : page.text().split("[\\n;]+")) {
            if (line.isBlank()) {
                continue;
            }
            for (String window : NameWindows.in(line)) {
                for (PersonHit hit : hits(window, visibleSides)) {
                    nameReason(window, hit.fullName()).flatMap(r -> lead(documentId, page.pageNo(), line, hit, r))
                            .filter(l -> !best.containsKey(l.personId()) || best.get(l.personId()).score() < l.score())
                            .ifPresent(l -> best.put(l.personId(), l));
                }
            }
        }
        return best.values().stream()
                .sorted((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                        : Long.compare(a.personId(), b.personId()))
                .toList();
    }

    private List<PersonHit> hits(String window, Set<String> visibleSides) {
        return index.search(PersonQuery.text(window).withVisibleSides(visibleSides).withLimit(10)).items();
    }

    private Optional<Lead> lead(long documentId, int pageNo, String line, PersonHit hit, String nameReason) {
        Optional<MissingPerson> found = persons.find(hit.id()).filter(p -> p.mergedInto() == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MissingPerson p = found.get();
        String text = VietnameseNames.fold(line);
        List<String> reasons = new ArrayList<>(List.of(nameReason));
        double score = nameReason.equals("NAME") ? 3 : 2;
        if (mentions(text, p.unit())) {
            reasons.add("UNIT");
            score += 2;
        }
        if (mentions(text, place(p.homeProvince())) || mentions(text, place(p.lossPlace()))) {
            reasons.add("PLACE");
            score += 1;
        }
        if (p.birthYear() != null && line.contains(p.birthYear().toString())) {
            reasons.add("BIRTH_YEAR");
            score += 1.5;
        }
        if (p.lossYear() != null && line.contains(p.lossYear().toString())) {
            reasons.add("LOSS_YEAR");
            score += 1;
        }
        String passage = line.strip().length() > 2000 ? line.strip().substring(0, 2000) : line.strip();
        return Optional.of(new Lead(0, documentId, pageNo, p.id(), p.fullName(), passage, score, reasons, "PROPOSED"));
    }

    /** NAME when the words are the person's, in any order; NAME_SIMILAR when one letter differs. */
    static Optional<String> nameReason(String window, String fullName) {
        List<String> a = words(window);
        List<String> b = words(fullName);
        if (a.size() != b.size()) {
            return Optional.empty();
        }
        if (a.equals(b)) {
            return Optional.of("NAME");
        }
        int edits = 0;
        for (int i = 0; i < a.size(); i++) {
            edits += Edits.distance(a.get(i), b.get(i), 2);
        }
        return edits == 1 ? Optional.of("NAME_SIMILAR") : Optional.empty();
    }

    private static List<String> words(String name) {
        return List.of(VietnameseNames.fold(name).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split(" +")).stream()
                .sorted().toList();
    }

    private static boolean mentions(String foldedText, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = VietnameseNames.fold(value);
        return v.length() >= 3 && foldedText.contains(v);
    }

    /** A province or place without its administrative prefix ("Tỉnh Nam Định" → "Nam Định"). */
    static String place(String value) {
        if (value == null) {
            return null;
        }
        return value.replaceFirst("(?iu)^(tỉnh|thành phố|tp\\.?|huyện|xã)\\s+", "");
    }
}
