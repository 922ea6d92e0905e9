package org.homecoming.server.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homecoming.server.search.PersonHit;
import org.homecoming.server.search.PersonIndex;
import org.homecoming.server.search.PersonQuery;
import org.homecoming.server.search.PersonSearchResult;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.Page;
import org.springframework.stereotype.Service;

/**
 * The one search box: free text and filters, restricted to what the current user may see, best
 * first, one page at a time.
 *
 * <pre>{@code
 * Page<PersonSummary> p = search.find(new PersonSearch.Criteria("nguyen van thanh 1948 nam dinh", ...), 0, 20);
 * }</pre>
 *
 * <p>The index returns the user's own side; records of the other side are reached through the
 * list of records shared with the user's side, not through the free-text index.
 */
@Service
public class PersonSearch {

    /** What the user typed and chose. Null means "any". */
    public record Criteria(String q, String side, String status, String province, String unit, Integer birthFrom,
            Integer birthTo, Integer lossFrom, Integer lossTo) {

        public static Criteria text(String q) {
            return new Criteria(q, null, null, null, null, null, null, null, null);
        }
    }

    private final PersonIndex index;
    private final PersonRepository persons;
    private final CurrentUsers currentUsers;

    PersonSearch(PersonIndex index, PersonRepository persons, CurrentUsers currentUsers) {
        this.index = index;
        this.persons = persons;
        this.currentUsers = currentUsers;
    }

    public Page<PersonSummary> find(Criteria c, int page, int size) {
        Page.check(page, size);
        PersonQuery q = PersonQuery.text(c.q()).withSide(blank(c.side())).withStatus(blank(c.status()))
                .withProvince(blank(c.province())).withUnit(blank(c.unit()))
                .withBirthYears(c.birthFrom(), c.birthTo()).withLossYears(c.lossFrom(), c.lossTo())
                .withVisibleSides(Set.of(currentUsers.get().side().name()))
                .withPage(page * size, size);
        PersonSearchResult r = index.search(q);
        Map<Long, MissingPerson> byId = persons.findAll(r.items().stream().map(PersonHit::id).toList()).stream()
                .collect(Collectors.toMap(MissingPerson::id, Function.identity()));
        List<PersonSummary> items = r.items().stream().filter(h -> byId.containsKey(h.id()))
                .map(h -> summary(byId.get(h.id()), h.score())).toList();
        return new Page<>(items, r.total(), page, size);
    }

    static PersonSummary summary(MissingPerson p, double score) {
        return new PersonSummary(p.id(), p.fullName(), p.side().name(), p.status().name(), p.birthYear(), p.lossYear(),
                p.homeProvince(), p.unit(), score);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
