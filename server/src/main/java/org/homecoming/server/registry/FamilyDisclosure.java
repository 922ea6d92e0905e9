package org.homecoming.server.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what a viewer may see of a missing person's family, member by member
 * and field by field. Every path that shows or sends family data goes through it: the person page,
 * its pedigree, the family and person API, genetic profiles, the review panel and exchange packages.
 *
 * <pre>{@code
 * List<Relative> seen = disclosure.family(Viewer.of(currentUsers.get()), person); // audited when cross-side
 * }</pre>
 *
 * <p>On the person's own side a viewer sees every member in full. On the other side (the person
 * must already be visible there, i.e. shared) each member is decided by their own consent in force
 * today: without RECORD consent an anonymous placeholder (relationship, sex, parent links); with it
 * name, birth year and living; contact details only with CONTACT consent as well; genetic data only
 * with RECORD and GENETIC consent, DNA use not withdrawn, and a viewer entitled to genetic data.
 * Every cross-side disclosure is written to the audit log with what was shown and what withheld.
 */
@Service
public class FamilyDisclosure {

    /** Audit entity of a cross-side view of a family. */
    public static final String AUDIT_ENTITY = "SHARED_FAMILY";

    private final FamilyRepository families;
    private final ConsentRepository consents;
    private final AuditLog audit;

    FamilyDisclosure(FamilyRepository families, ConsentRepository consents, AuditLog audit) {
        this.families = families;
        this.consents = consents;
        this.audit = audit;
    }

    /** The family of {@code person} as {@code viewer} may see it; cross-side views are audited. */
    public List<Relative> family(Viewer viewer, MissingPerson person) {
        return family(viewer, person, families.ofPerson(person.id()), "view");
    }

    /** As {@link #family(Viewer, MissingPerson)} for given members, saying in the audit line why ({@code purpose}). */
    public List<Relative> family(Viewer viewer, MissingPerson person, List<FamilyMember> members, String purpose) {
        Map<Long, Set<ConsentScope>> inForce = consents.inForce(members.stream().map(FamilyMember::id).toList(),
                LocalDate.now());
        List<Relative> out = new ArrayList<>();
        for (FamilyMember m : members) {
            out.add(decide(viewer, person, m, inForce.get(m.id())));
        }
        if (crossSide(viewer, person) && !out.isEmpty()) {
            audit.record(AuditAction.VIEW, AUDIT_ENTITY, person.id(), purpose + " by " + viewer.side() + " "
                    + viewer.name() + ": shown " + refs(out, r -> !r.withheld()) + ", withheld " + refs(out, Relative::withheld)
                    + ", contact " + refs(out, r -> r.contact() != null) + ", genetic " + refs(out, Relative::geneticVisible));
        }
        return out;
    }

    /** One member as the viewer may see them (not audited: the caller audits what it does with it). */
    public Relative member(Viewer viewer, MissingPerson person, FamilyMember m) {
        return decide(viewer, person, m, consents.inForce(m.id()));
    }

    /** Whether the viewer may see the genetic data of member {@code m} of {@code person}. */
    public boolean geneticVisible(Viewer viewer, MissingPerson person, FamilyMember m) {
        return member(viewer, person, m).geneticVisible();
    }

    /** Ids of members whose genetic data the viewer may see, among {@code profiled}. */
    public Set<Long> visibleReferences(List<Relative> seen, Set<Long> profiled) {
        return seen.stream().filter(r -> r.geneticVisible() && profiled.contains(r.id())).map(Relative::id)
                .collect(Collectors.toSet());
    }

    public static boolean crossSide(Viewer viewer, MissingPerson person) {
        return viewer.side() != person.side();
    }

    private static Relative decide(Viewer viewer, MissingPerson person, FamilyMember m, Set<ConsentScope> inForce) {
        if (!crossSide(viewer, person)) {
            return Relative.full(m, inForce, viewer.genetics());
        }
        if (!inForce.contains(ConsentScope.RECORD)) {
            return Relative.placeholder(m);
        }
        boolean genetic = viewer.genetics() && inForce.contains(ConsentScope.GENETIC) && m.mayUseDna();
        return Relative.shared(m, inForce, genetic);
    }

    private static List<String> refs(List<Relative> rs, java.util.function.Predicate<Relative> which) {
        return rs.stream().filter(which).map(Relative::ref).toList();
    }
}
