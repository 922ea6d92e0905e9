package org.homecoming.server.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.registry.FamilyMember;

/**
 * Checks rows of {@code family_members.csv}, then each family's pedigree: parents in the same family
 * (or the missing person), fathers male and mothers female, no one their own ancestor, everyone
 * connected to the missing person, at most one FATHER and one MOTHER.
 *
 * <p>A row whose {@code id} is another missing person places that person in the family (two
 * brothers both missing): its relationship is to the family's first missing person, it is not
 * living and gave no consent, and each missing person is in at most one family.
 */
final class FamilyRows {

    static final Set<String> RELATIONSHIPS = Set.of("FATHER", "MOTHER", "BROTHER", "SISTER", "HALF_BROTHER",
            "HALF_SISTER", "SON", "DAUGHTER", "GRANDCHILD", "NEPHEW", "NIECE", "GRANDFATHER", "GRANDMOTHER", "UNCLE",
            "AUNT", "COUSIN", "SPOUSE", "IN_LAW", "STEPPARENT", "OTHER");

    /** What the pedigree checks need of a row. */
    private record Link(String ref, String sex, String father, String mother, String relationship, Row row) {
    }

    private final ProgrammeData data;
    private final ImportReader.Refs refs;
    private final Map<String, List<Link>> families = new LinkedHashMap<>();

    FamilyRows(ProgrammeData data, ImportReader.Refs refs) {
        this.data = data;
        this.refs = refs;
    }

    void read(Row r) {
        String id = r.identifier("id", true);
        String family = r.identifier("family_id", true);
        String person = r.identifier("missing_person_id", true);
        // A row whose id is another missing person places that person in this family's pedigree.
        boolean missing = id != null && refs.person(id) && !id.equals(r.text("missing_person_id", false));
        if (id != null && !missing && duplicate(r, id)) {
            id = null;
        }
        person = familyPerson(r, family, person);
        if (missing && family != null && !inOneFamily(r, "id", id, family)) {
            id = null;
        }
        String name = r.text("full_name", false);
        String sex = r.oneOf("sex", Set.of("M", "F"), true);
        Integer birthYear = r.integer("birth_year", false, 1850, 2100);
        String rel = r.oneOf("relationship", RELATIONSHIPS, true);
        String father = r.identifier("father_id", false);
        String mother = r.identifier("mother_id", false);
        boolean fatherGiven = r.text("father_id", false) != null;
        if (fatherGiven != (r.text("mother_id", false) != null)) {
            r.problem(fatherGiven ? "mother_id" : "father_id", "both or neither of father_id, mother_id");
        }
        Boolean living = r.bool("living");
        Boolean dna = r.bool("consent_dna");
        Boolean share = r.bool("consent_share");
        var date = r.fullDate("consent_date");
        if (Boolean.TRUE.equals(dna) && r.text("consent_date", false) == null) {
            r.problem("consent_date", "required when consent_dna is true");
        }
        if (missing) {
            missingFlags(r, id, living, dna, share);
        }
        String contact = r.text("contact", false);
        if (id == null || family == null || person == null || sex == null || rel == null || living == null
                || dna == null || share == null) {
            return;
        }
        if (!missing) {
            refs.memberFamily.put(id, family);
        }
        families.computeIfAbsent(family, k -> new ArrayList<>()).add(new Link(id, sex, father, mother, rel, r));
        data.members.add(new ProgrammeData.MemberRow(new FamilyMember(0, id, family, 0, name, sex, birthYear, rel,
                father, mother, living, contact, dna, share, date, null, 0), person, missing));
    }

    /** Whether {@code id} is taken (by a missing person or another member), with a problem if so. */
    private boolean duplicate(Row r, String id) {
        if (refs.person(id) || refs.known.members().contains(id) || refs.memberFamily.containsKey(id)) {
            r.problem("id", "duplicate id '" + id + "' (family member ids must differ from each other and from"
                    + " missing person ids)");
            return true;
        }
        return false;
    }

    /** The row's missing person if known and heading this family only; null (with a problem) otherwise. */
    private String familyPerson(Row r, String family, String person) {
        if (person != null && !refs.person(person)) {
            r.problem("missing_person_id", "unknown missing person '" + person + "'");
            return null;
        }
        if (family == null || person == null) {
            return person;
        }
        String before = refs.familyPerson.putIfAbsent(family, person);
        if (before != null && !before.equals(person)) {
            r.problem("missing_person_id", "family '" + family + "' already belongs to '" + before + "'");
            return null;
        }
        return inOneFamily(r, "missing_person_id", person, family) ? person : null;
    }

    /**
     * Records that missing person {@code ref} is in {@code family}, as its first missing person
     * ({@code column} missing_person_id) or as a row of it ({@code column} id); false, with a
     * problem, when they are in another family already, or already have a row.
     */
    private boolean inOneFamily(Row r, String column, String ref, String family) {
        boolean row = column.equals("id");
        String known = refs.known.personFamilies().get(ref);
        String before = known != null ? known : refs.personFamily.putIfAbsent(ref, family);
        if (before != null && (!before.equals(family) || row && (known != null || !refs.missingRows.add(ref)))) {
            r.problem(column, "missing person '" + ref + "' already belongs to family '" + before + "'");
            return false;
        }
        if (row) {
            refs.missingRows.add(ref);
        }
        return true;
    }

    /** A missing person's row is a place in the pedigree only: no living relative, no consent, no DNA. */
    private static void missingFlags(Row r, String id, Boolean living, Boolean dna, Boolean share) {
        String[] columns = {"living", "consent_dna", "consent_share"};
        Boolean[] values = {living, dna, share};
        for (int i = 0; i < columns.length; i++) {
            if (Boolean.TRUE.equals(values[i])) {
                r.problem(columns[i], "must be false for missing person '" + id + "'");
            }
        }
    }

    /** Runs the checks that need the whole family; call once the file is read. */
    void checkPedigrees(List<ImportProblem> problems) {
        Map<String, String> personSex = new HashMap<>();
        data.persons.forEach(p -> personSex.put(p.person().ref(), p.person().sex()));
        for (var e : families.entrySet()) {
            String mp = refs.familyPerson.get(e.getKey());
            Map<String, Link> byRef = new HashMap<>();
            e.getValue().forEach(l -> byRef.put(l.ref(), l));
            int fathers = 0;
            int mothers = 0;
            for (Link l : e.getValue()) {
                String own = refs.missingRows.contains(l.ref()) ? personSex.get(l.ref()) : null;
                if (own != null && !own.equals(l.sex())) {
                    l.row().problem("sex", "missing person '" + l.ref() + "' has sex " + own + " in missing_persons.csv");
                }
                parent(l, l.father(), "father_id", "M", mp, byRef, personSex);
                parent(l, l.mother(), "mother_id", "F", mp, byRef, personSex);
                fathers += l.relationship().equals("FATHER") ? 1 : 0;
                mothers += l.relationship().equals("MOTHER") ? 1 : 0;
                if (fathers == 2 && l.relationship().equals("FATHER") || mothers == 2 && l.relationship().equals("MOTHER")) {
                    l.row().problem("relationship", l.relationship() + " appears more than once in family '" + e.getKey() + "'");
                }
            }
            ancestry(e.getValue(), byRef);
            connected(e.getKey(), mp, e.getValue());
        }
    }

    private static void parent(Link l, String parent, String column, String sex, String mp, Map<String, Link> byRef,
            Map<String, String> personSex) {
        if (parent == null) {
            return;
        }
        String actual;
        if (parent.equals(mp)) {
            actual = personSex.get(mp);
        } else if (byRef.containsKey(parent)) {
            actual = byRef.get(parent).sex();
        } else {
            l.row().problem(column, "unknown person '" + parent + "'");
            return;
        }
        if (parent.equals(l.ref())) {
            l.row().problem(column, "a person cannot be their own parent");
        } else if (actual != null && !actual.equals(sex)) {
            l.row().problem(column, (sex.equals("M") ? "father" : "mother") + " '" + parent + "' has sex " + actual);
        }
    }

    private static void ancestry(List<Link> members, Map<String, Link> byRef) {
        for (Link start : members) {
            Set<String> seen = new HashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>();
            addParents(start, todo);
            while (!todo.isEmpty()) {
                String a = todo.pop();
                if (a.equals(start.ref())) {
                    start.row().problem("father_id", "'" + start.ref() + "' is their own ancestor");
                    break;
                }
                Link l = byRef.get(a);
                if (l != null && seen.add(a)) {
                    addParents(l, todo);
                }
            }
        }
    }

    private static void addParents(Link l, ArrayDeque<String> todo) {
        if (l.father() != null) {
            todo.push(l.father());
        }
        if (l.mother() != null) {
            todo.push(l.mother());
        }
    }

    private static void connected(String family, String mp, List<Link> members) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Link l : members) {
            // FATHER and MOTHER rows are the missing person's parents, whose own row carries no links.
            boolean parentOfMissing = l.relationship().equals("FATHER") || l.relationship().equals("MOTHER");
            for (String p : new String[] {l.father(), l.mother(), parentOfMissing ? mp : null}) {
                if (p != null) {
                    edges.computeIfAbsent(l.ref(), k -> new HashSet<>()).add(p);
                    edges.computeIfAbsent(p, k -> new HashSet<>()).add(l.ref());
                }
            }
        }
        Set<String> reached = new HashSet<>(Set.of(mp));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(mp));
        while (!todo.isEmpty()) {
            for (String n : edges.getOrDefault(todo.pop(), Set.of())) {
                if (reached.add(n)) {
                    todo.push(n);
                }
            }
        }
        for (Link l : members) {
            if (!reached.contains(l.ref())) {
                l.row().problem("row", "'" + l.ref() + "' is not connected to missing person '" + mp
                        + "' through father_id/mother_id in family '" + family + "'");
            }
        }
    }
}
