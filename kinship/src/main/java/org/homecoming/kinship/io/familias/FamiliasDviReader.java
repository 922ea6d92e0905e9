package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Reads the {@code [DVI]} section of a {@code .fam} file: nested {@code [[section]]} headers, the
 * number of brackets giving the depth, holding {@code key= value} lines.
 */
final class FamiliasDviReader {

    /** One bracketed section with its {@code key= value} entries and subsections. */
    private record Section(String name, int depth, int line, List<Entry> entries, List<Section> children) {

        Optional<Section> child(String name) {
            return children.stream().filter(c -> c.name.equals(name)).findFirst();
        }

        List<Section> childrenStartingWith(String prefix) {
            return children.stream().filter(c -> c.name.startsWith(prefix)).toList();
        }
    }

    private record Entry(String key, String value, int line) { }

    private final String file;
    private final List<String> lines;
    private final int start;

    FamiliasDviReader(String file, List<String> lines, int start) {
        this.file = file;
        this.lines = lines;
        this.start = start;
    }

    FamiliasDvi dvi() {
        Section root = tree();
        List<FamiliasPerson> unidentified = new ArrayList<>();
        Optional<Section> un = root.child("Unidentified persons");
        if (un.isPresent()) {
            unidentified = persons(un.get(), "nPersons", "Person");
        }
        List<FamiliasDviFamily> families = new ArrayList<>();
        Optional<Section> refs = root.child("Reference Families");
        if (refs.isPresent()) {
            for (Section f : counted(refs.get(), "nFamilies", "Family")) {
                families.add(family(f));
            }
        }
        return new FamiliasDvi(unidentified, families);
    }

    private Section tree() {
        Section root = new Section("DVI", 1, start + 1, new ArrayList<>(), new ArrayList<>());
        List<Section> stack = new ArrayList<>(List.of(root));
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            int line = i + 1;
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("[")) {
                int depth = 0;
                while (depth < s.length() && s.charAt(depth) == '[') {
                    depth++;
                }
                if (depth == 1) {
                    break;
                }
                while (stack.get(stack.size() - 1).depth >= depth) {
                    stack.remove(stack.size() - 1);
                }
                Section parent = stack.get(stack.size() - 1);
                if (depth != parent.depth + 1) {
                    throw new InputFormatException(file, line, "section " + s + " is nested " + depth
                            + " deep inside " + "[".repeat(parent.depth) + parent.name + "]".repeat(parent.depth));
                }
                String name = s.replaceAll("^\\[+|\\]+$", "").strip();
                Section section = new Section(name, depth, line, new ArrayList<>(), new ArrayList<>());
                parent.children.add(section);
                stack.add(section);
                continue;
            }
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InputFormatException(file, line, "expected 'key= value' or a [section] header, found '"
                        + s + "'");
            }
            stack.get(stack.size() - 1).entries.add(new Entry(s.substring(0, eq).strip(),
                    s.substring(eq + 1).strip(), line));
        }
        return root;
    }

    /** The subsections named {@code prefix ...}, checked against the count given by {@code key}. */
    private List<Section> counted(Section s, String key, String prefix) {
        Entry e = entry(s, key).orElseThrow(() -> new InputFormatException(file, s.line,
                "section [" + s.name + "] has no '" + key + "=' line"));
        int n = count(e);
        List<Section> found = s.childrenStartingWith(prefix);
        if (found.size() != n) {
            throw new InputFormatException(file, e.line, key + "= " + n + " but " + found.size()
                    + " [" + prefix + "] sections follow in [" + s.name + "]");
        }
        return found;
    }

    private List<FamiliasPerson> persons(Section s, String key, String prefix) {
        List<FamiliasPerson> persons = new ArrayList<>();
        for (Section p : counted(s, key, prefix)) {
            FamiliasPerson person = person(p);
            for (FamiliasPerson q : persons) {
                if (q.name().equals(person.name())) {
                    throw new InputFormatException(file, person.line(), "person name '" + person.name()
                            + "' is used twice in [" + s.name + "] (first at line " + q.line() + ")");
                }
            }
            persons.add(person);
        }
        return persons;
    }

    private FamiliasPerson person(Section p) {
        String name = required(p, "Name");
        Sex sex = entry(p, "Gender").map(this::sex).orElse(Sex.UNKNOWN);
        List<FamiliasGenotype> genotypes = p.child("DNA data").map(this::genotypes).orElse(List.of());
        return new FamiliasPerson(name, sex, -1, false, genotypes, p.line);
    }

    private Sex sex(Entry e) {
        return switch (e.value) {
            case "Male" -> Sex.MALE;
            case "Female" -> Sex.FEMALE;
            case "", "Unknown" -> Sex.UNKNOWN;
            default -> throw new InputFormatException(file, e.line, "expected Gender= Male or Female, found '"
                    + e.value + "'");
        };
    }

    private List<FamiliasGenotype> genotypes(Section d) {
        List<Entry> es = d.entries;
        if (es.isEmpty() || !es.get(0).key.equals("nSystems")) {
            throw new InputFormatException(file, es.isEmpty() ? d.line : es.get(0).line,
                    "expected 'nSystems=' first in [" + d.name + "]");
        }
        int n = count(es.get(0));
        if (es.size() != 1 + 3 * n) {
            throw new InputFormatException(file, es.get(0).line, "nSystems= " + n + " but "
                    + (es.size() - 1) + " lines follow instead of " + 3 * n
                    + " (SystemName=, Allele1=, Allele2= per locus)");
        }
        List<FamiliasGenotype> genotypes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String locus = expect(es.get(1 + 3 * i), "SystemName");
            String a1 = expect(es.get(2 + 3 * i), "Allele1");
            String a2 = expect(es.get(3 + 3 * i), "Allele2");
            for (FamiliasGenotype g : genotypes) {
                if (g.locus().equals(locus)) {
                    throw new InputFormatException(file, es.get(1 + 3 * i).line, "locus " + locus
                            + " is typed twice in [" + d.name + "]");
                }
            }
            genotypes.add(new FamiliasGenotype(locus, a1, a2));
        }
        return genotypes;
    }

    private FamiliasDviFamily family(Section f) {
        String name = required(f, "Name");
        Section persons = f.child("Persons").orElseThrow(() -> new InputFormatException(file, f.line,
                "family '" + name + "' has no [Persons] section"));
        Section pedigrees = f.child("Pedigrees").orElseThrow(() -> new InputFormatException(file, f.line,
                "family '" + name + "' has no [Pedigrees] section"));
        List<FamiliasPedigree> peds = new ArrayList<>();
        for (Section p : counted(pedigrees, "nPedigrees", "Pedigree")) {
            peds.add(pedigree(p));
        }
        return new FamiliasDviFamily(name, persons(persons, "nPersons", "Person"), peds, f.line);
    }

    private FamiliasPedigree pedigree(Section p) {
        String name = required(p, "Name");
        Entry count = entry(p, "nRelations").orElseThrow(() -> new InputFormatException(file, p.line,
                "pedigree '" + name + "' has no 'nRelations=' line"));
        int n = count(count);
        List<Entry> pairs = p.entries.stream().filter(e -> e.key.equals("Parent") || e.key.equals("Child")).toList();
        if (pairs.size() != 2 * n) {
            throw new InputFormatException(file, count.line, "nRelations= " + n + " but " + pairs.size()
                    + " Parent=/Child= lines follow instead of " + 2 * n);
        }
        List<FamiliasRelation> relations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            relations.add(new FamiliasRelation(expect(pairs.get(2 * i), "Parent"), expect(pairs.get(2 * i + 1), "Child")));
        }
        return new FamiliasPedigree(name, List.of(), relations, p.line);
    }

    private String expect(Entry e, String key) {
        if (!e.key.equals(key)) {
            throw new InputFormatException(file, e.line, "expected '" + key + "=', found '" + e.key + "= "
                    + e.value + "'");
        }
        if (e.value.isEmpty()) {
            throw new InputFormatException(file, e.line, "expected a value after '" + key + "='");
        }
        return e.value;
    }

    private String required(Section s, String key) {
        Entry e = entry(s, key).orElseThrow(() -> new InputFormatException(file, s.line,
                "section [" + s.name + "] has no '" + key + "=' line"));
        return expect(e, key);
    }

    private static Optional<Entry> entry(Section s, String key) {
        return s.entries.stream().filter(e -> e.key.equals(key)).findFirst();
    }

    private int count(Entry e) {
        try {
            int n = Integer.parseInt(e.value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the line
        }
        throw new InputFormatException(file, e.line, "expected a count after '" + e.key + "=', found '"
                + e.value + "'");
    }
}
