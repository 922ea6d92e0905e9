package org.homecoming.kinship.pedigree;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable family tree: persons identified by string ids, each a founder or the child of a
 * father and a mother in the same pedigree.
 *
 * <p>{@code Pedigree p = Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE)
 * .person("CH", "FA", "MO", Sex.MALE).build();}
 *
 * <p>Persons keep the order in which they were added (index 0..size-1); a parent may be added after
 * its child. {@link Builder#build()} rejects unknown parents, a single parent, duplicate ids,
 * cycles (a person among their own ancestors), a female or same-person father and a male mother.
 * Pedigrees with loops (inbreeding, marriage loops) are valid values; {@link #hasLoops()} says so.
 */
public final class Pedigree implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[] father;
    private final int[] mother;
    private final Sex[] sex;

    private Pedigree(List<String> ids, int[] father, int[] mother, Sex[] sex) {
        this.ids = List.copyOf(ids);
        this.father = father;
        this.mother = mother;
        this.sex = sex;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            idx.put(ids.get(i), i);
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A builder for a pedigree, persons in insertion order. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Father, mother and their children, all children male.
     *
     * <p>{@code Pedigree.nuclear("FA", "MO", "S1", "S2")}
     */
    public static Pedigree nuclear(String father, String mother, String... children) {
        Builder b = builder().founder(father, Sex.MALE).founder(mother, Sex.FEMALE);
        for (String c : children) {
            b.person(c, father, mother, Sex.MALE);
        }
        return b.build();
    }

    /** A pedigree of one founder. */
    public static Pedigree singleton(String id, Sex sex) {
        return builder().founder(id, sex).build();
    }

    /**
     * Two half-siblings {@code a} and {@code b} (both male) sharing the father {@code father}, with
     * mothers {@code a + "_MO"} and {@code b + "_MO"}.
     */
    public static Pedigree halfSiblings(String father, String a, String b) {
        return builder().founder(father, Sex.MALE)
                .founder(a + "_MO", Sex.FEMALE).founder(b + "_MO", Sex.FEMALE)
                .person(a, father, a + "_MO", Sex.MALE).person(b, father, b + "_MO", Sex.MALE)
                .build();
    }

    public int size() {
        return ids.size();
    }

    /** Person ids in insertion order. */
    public List<String> ids() {
        return ids;
    }

    public String id(int i) {
        return ids.get(i);
    }

    /** The index of {@code id}, or -1 when absent. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** The index of the father of person {@code i}, -1 for a founder. */
    public int father(int i) {
        return father[i];
    }

    /** The index of the mother of person {@code i}, -1 for a founder. */
    public int mother(int i) {
        return mother[i];
    }

    public Sex sex(int i) {
        return sex[i];
    }

    /** The sex of the person {@code id}; throws when the pedigree lacks it. */
    public Sex sex(String id) {
        return sex[require(id)];
    }

    public boolean isFounder(int i) {
        return father[i] < 0;
    }

    /** Ids of founders, in insertion order. */
    public List<String> founders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (isFounder(i)) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** Ids of the children of {@code id}, in insertion order; throws when the pedigree lacks it. */
    public List<String> children(String id) {
        int p = require(id);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (father[i] == p || mother[i] == p) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** The father's id of {@code id}, empty for a founder. */
    public java.util.Optional<String> fatherOf(String id) {
        int f = father[require(id)];
        return f < 0 ? java.util.Optional.empty() : java.util.Optional.of(ids.get(f));
    }

    /** The mother's id of {@code id}, empty for a founder. */
    public java.util.Optional<String> motherOf(String id) {
        int m = mother[require(id)];
        return m < 0 ? java.util.Optional.empty() : java.util.Optional.of(ids.get(m));
    }

    /** Connected components (persons linked by parenthood), each in insertion order. */
    public List<Pedigree> components() {
        int[] comp = componentOf();
        int n = Arrays.stream(comp).max().orElse(-1) + 1;
        if (n <= 1) {
            return List.of(this);
        }
        List<Pedigree> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Builder b = builder();
            for (int i = 0; i < size(); i++) {
                if (comp[i] == c) {
                    b.person(ids.get(i), father[i] < 0 ? null : ids.get(father[i]),
                            mother[i] < 0 ? null : ids.get(mother[i]), sex[i]);
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** Component number of each person (0-based, numbered by first member). */
    private int[] componentOf() {
        int n = size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            if (!isFounder(i)) {
                union(parent, i, father[i]);
                union(parent, i, mother[i]);
            }
        }
        int[] comp = new int[n];
        Map<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer c = number.get(root);
            if (c == null) {
                c = number.size();
                number.put(root, c);
            }
            comp[i] = c;
        }
        return comp;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * True when the pedigree has a loop: inbreeding, or two lines of descent joining again (for
     * example two brothers marrying two sisters). Counted on the graph of persons and matings.
     */
    public boolean hasLoops() {
        Set<Long> matings = new HashSet<>();
        int nonFounders = 0;
        for (int i = 0; i < size(); i++) {
            if (!isFounder(i)) {
                nonFounders++;
                matings.add(((long) father[i] << 32) | mother[i]);
            }
        }
        int nodes = size() + matings.size();
        int edges = 2 * matings.size() + nonFounders;
        int components = Arrays.stream(componentOf()).max().orElse(-1) + 1;
        return edges > nodes - components;
    }

    /** A copy with one more person; throws as {@link Builder#build()} does. */
    public Pedigree withPerson(String id, String father, String mother, Sex sex) {
        return toBuilder().person(id, father, mother, sex).build();
    }

    /** A copy with one more founder. */
    public Pedigree withFounder(String id, Sex sex) {
        return withPerson(id, null, null, sex);
    }

    /**
     * A copy with ids renamed by {@code names}; ids not in the map keep their name. Throws when two
     * persons end up with the same id.
     */
    public Pedigree relabel(Map<String, String> names) {
        Builder b = builder();
        for (int i = 0; i < size(); i++) {
            b.person(rename(names, ids.get(i)), father[i] < 0 ? null : rename(names, ids.get(father[i])),
                    mother[i] < 0 ? null : rename(names, ids.get(mother[i])), sex[i]);
        }
        return b.build();
    }

    private static String rename(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }

    /** The union of two pedigrees with no id in common (a disconnected pedigree). */
    public Pedigree union(Pedigree other) {
        for (String id : other.ids) {
            if (contains(id)) {
                throw new IllegalArgumentException("pedigrees to join share the id " + id);
            }
        }
        Builder b = toBuilder();
        for (int i = 0; i < other.size(); i++) {
            b.person(other.ids.get(i), other.father[i] < 0 ? null : other.ids.get(other.father[i]),
                    other.mother[i] < 0 ? null : other.ids.get(other.mother[i]), other.sex[i]);
        }
        return b.build();
    }

    /** A builder holding this pedigree's persons, to extend it. */
    public Builder toBuilder() {
        Builder b = builder();
        for (int i = 0; i < size(); i++) {
            b.person(ids.get(i), father[i] < 0 ? null : ids.get(father[i]),
                    mother[i] < 0 ? null : ids.get(mother[i]), sex[i]);
        }
        return b;
    }

    private int require(String id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("person " + id + " is not in the pedigree");
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pedigree p && ids.equals(p.ids) && Arrays.equals(father, p.father)
                && Arrays.equals(mother, p.mother) && Arrays.equals(sex, p.sex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids, Arrays.hashCode(father), Arrays.hashCode(mother), Arrays.hashCode(sex));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Pedigree[");
        for (int i = 0; i < size(); i++) {
            s.append(i == 0 ? "" : ", ").append(ids.get(i));
            if (!isFounder(i)) {
                s.append('(').append(ids.get(father[i])).append('+').append(ids.get(mother[i])).append(')');
            }
        }
        return s.append(']').toString();
    }

    /**
     * Collects persons and validates them in {@link #build()}.
     *
     * <p>{@code Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE)
     * .person("CH", "FA", "MO", Sex.FEMALE).build()}
     */
    public static final class Builder {
        private record Row(String id, String father, String mother, Sex sex) { }

        private final List<Row> rows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a person; {@code father} and {@code mother} are both null for a founder.
         */
        public Builder person(String id, String father, String mother, Sex sex) {
            rows.add(new Row(id, father, mother, sex));
            return this;
        }

        /** Adds a founder. */
        public Builder founder(String id, Sex sex) {
            return person(id, null, null, sex);
        }

        /** The validated pedigree; throws IllegalArgumentException naming the faulty person. */
        public Pedigree build() {
            Map<String, Integer> idx = new LinkedHashMap<>();
            for (Row r : rows) {
                if (r.id == null || r.id.isBlank()) {
                    throw new IllegalArgumentException("person id must not be blank: '" + r.id + "'");
                }
                if (r.sex == null) {
                    throw new IllegalArgumentException("person " + r.id + ": sex must not be null");
                }
                if (idx.put(r.id, idx.size()) != null) {
                    throw new IllegalArgumentException("duplicate person id: " + r.id);
                }
            }
            int n = rows.size();
            int[] fa = new int[n];
            int[] mo = new int[n];
            Sex[] sx = new Sex[n];
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                sx[i] = r.sex;
                if ((r.father == null) != (r.mother == null)) {
                    throw new IllegalArgumentException("person " + r.id
                            + " has only one parent (father " + r.father + ", mother " + r.mother
                            + "): give both or neither");
                }
                fa[i] = r.father == null ? -1 : parent(idx, r, r.father, "father");
                mo[i] = r.mother == null ? -1 : parent(idx, r, r.mother, "mother");
                if (fa[i] >= 0 && fa[i] == mo[i]) {
                    throw new IllegalArgumentException("person " + r.id + " has " + r.father
                            + " as both father and mother");
                }
            }
            for (int i = 0; i < n; i++) {
                if (fa[i] >= 0 && rows.get(fa[i]).sex == Sex.FEMALE) {
                    throw new IllegalArgumentException("person " + rows.get(i).id + " has father "
                            + rows.get(fa[i]).id + " who is female");
                }
                if (mo[i] >= 0 && rows.get(mo[i]).sex == Sex.MALE) {
                    throw new IllegalArgumentException("person " + rows.get(i).id + " has mother "
                            + rows.get(mo[i]).id + " who is male");
                }
            }
            checkAcyclic(fa, mo);
            return new Pedigree(new ArrayList<>(idx.keySet()), fa, mo, sx);
        }

        private static int parent(Map<String, Integer> idx, Row r, String parentId, String role) {
            Integer p = idx.get(parentId);
            if (p == null) {
                throw new IllegalArgumentException("person " + r.id + " has unknown " + role + " " + parentId);
            }
            return p;
        }

        private void checkAcyclic(int[] fa, int[] mo) {
            int n = fa.length;
            int[] state = new int[n];
            for (int start = 0; start < n; start++) {
                if (state[start] != 0) {
                    continue;
                }
                // Iterative depth-first search over ancestors: a grey node met again closes a cycle.
                List<int[]> stack = new ArrayList<>();
                stack.add(new int[] {start, 0});
                state[start] = 1;
                while (!stack.isEmpty()) {
                    int[] top = stack.get(stack.size() - 1);
                    int v = top[0];
                    if (top[1] < 2 && fa[v] >= 0) {
                        int next = top[1] == 0 ? fa[v] : mo[v];
                        top[1]++;
                        if (state[next] == 1) {
                            throw new IllegalArgumentException("person " + rows.get(next).id
                                    + " is their own ancestor (cycle in the pedigree)");
                        }
                        if (state[next] == 0) {
                            state[next] = 1;
                            stack.add(new int[] {next, 0});
                        }
                    } else {
                        state[v] = 2;
                        stack.remove(stack.size() - 1);
                    }
                }
            }
        }
    }
}
