package org.homecoming.server.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Ranks the still-missing persons of the user's side against one set of remains, best first.
 *
 * <pre>{@code
 * List<Comparison> top = comparisons.candidates(remainsId, 20);
 * }</pre>
 */
@Service
public class ComparisonService {

    private final RemainsRepository remains;
    private final SiteRepository sites;
    private final PersonRepository persons;
    private final CurrentUsers currentUsers;

    ComparisonService(RemainsRepository remains, SiteRepository sites, PersonRepository persons,
            CurrentUsers currentUsers) {
        this.remains = remains;
        this.sites = sites;
        this.persons = persons;
        this.currentUsers = currentUsers;
    }

    public List<Comparison> candidates(long remainsId, int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be in [1, 200]: " + limit);
        }
        Remains r = remains.find(remainsId).orElseThrow(() -> new NotFoundException("remains", remainsId));
        Site site = sites.find(r.siteId()).orElseThrow();
        return persons.unresolved(List.of(currentUsers.get().side().name())).stream()
                .map(p -> RemainsComparator.compare(r, site, p)).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Comparison::total).reversed().thenComparing(Comparison::personId))
                .limit(limit).toList();
    }
}
