package org.homecoming.server.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Lays out a family's pedigree for drawing as SVG ({@link PedigreeDrawing}): squares for men, circles for women, a slash
 * for the dead, the missing person outlined in red, shaded members who gave a DNA reference (only
 * when {@code showReferences}), relatives withheld for lack of consent dashed and unnamed. One row
 * per generation; lines run from the parents' midpoint to each child. In a family with several
 * missing persons ({@link OtherMissing}) each of them is outlined and labelled as missing.
 *
 * <pre>{@code
 * PedigreeDrawing d = PedigreeSvg.draw(person, family, Set.of(memberIdWithProfile), true);  // d.toSvg() for the API
 * }</pre>
 */
public final class PedigreeSvg {

    static final int CELL_W = 120;
    static final int ROW_H = 110;
    static final int SIZE = 30;

    /** A node of the drawing. */
    private record Node(String ref, String label, String relation, String sex, boolean living, boolean missing,
            boolean reference, String father, String mother, boolean withheld) {
    }

    /** The label of a relative whose record may not be shown (the default, untranslated). */
    public static final String WITHHELD = "relative (no consent)";

    private PedigreeSvg() {
    }

    public static PedigreeDrawing draw(MissingPerson p, List<FamilyMember> family, Set<Long> referenceIds, boolean showReferences) {
        return draw(p, family, referenceIds, showReferences, UnaryOperator.identity());
    }

    /** As {@link #draw(MissingPerson, List, Set, boolean)}, writing each relationship code through {@code relationLabel}. */
    public static PedigreeDrawing draw(MissingPerson p, List<FamilyMember> family, Set<Long> referenceIds, boolean showReferences,
            UnaryOperator<String> relationLabel) {
        return drawRelatives(p, family.stream().map(m -> Relative.full(m, Set.of(), showReferences)).toList(),
                referenceIds, showReferences, relationLabel, WITHHELD);
    }

    /**
     * Draws the family as one viewer may see it ({@link FamilyDisclosure}): a withheld relative is an
     * unnamed, dashed node labelled {@code withheldLabel} with its relationship, so the tree still draws.
     */
    public static PedigreeDrawing drawRelatives(MissingPerson p, List<Relative> family, Set<Long> referenceIds,
            boolean showReferences, UnaryOperator<String> relationLabel, String withheldLabel) {
        return drawRelatives(p, new OtherMissing(p, Set.of(), ""), family, referenceIds, showReferences, relationLabel,
                withheldLabel);
    }

    /**
     * The other missing persons of a family with several: {@code head} is the family's first missing
     * person (whose rows {@code family} are), {@code rowRefs} the refs of its rows that stand for
     * another missing person; each is drawn outlined as missing and labelled {@code label}.
     *
     * <p>{@code new OtherMissing(brother1, Set.of("MP-2"), "missing")}
     */
    public record OtherMissing(MissingPerson head, Set<String> rowRefs, String label) {
    }

    /**
     * As {@link #drawRelatives(MissingPerson, List, Set, boolean, UnaryOperator, String)} for a family
     * with several missing persons: {@code p} is drawn at the centre, and when {@code p} is not the
     * family's head, {@code p}'s own row gives their parents and the head is drawn as a missing relative.
     */
    public static PedigreeDrawing drawRelatives(MissingPerson p, OtherMissing others, List<Relative> family, Set<Long> referenceIds,
            boolean showReferences, UnaryOperator<String> relationLabel, String withheldLabel) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        String mpFather = null;
        String mpMother = null;
        for (Relative m : family) {
            mpFather = m.relationship().equals("FATHER") ? m.ref() : mpFather;
            mpMother = m.relationship().equals("MOTHER") ? m.ref() : mpMother;
        }
        MissingPerson head = others.head();
        nodes.put(head.ref(), new Node(head.ref(), head.fullName(), head.ref().equals(p.ref()) ? "" : others.label(),
                head.sex(), false, true, false, mpFather, mpMother, false));
        for (Relative m : family) {
            boolean missing = !m.withheld() && others.rowRefs().contains(m.ref());
            String label = m.withheld() ? withheldLabel : m.fullName() == null ? "?" : m.fullName();
            String relation = m.ref().equals(p.ref()) ? ""
                    : relationLabel.apply(m.relationship()) + (missing ? " · " + others.label() : "");
            nodes.put(m.ref(), new Node(m.ref(), missing && m.ref().equals(p.ref()) ? p.fullName() : label, relation,
                    m.sex(), !missing && (m.withheld() || Boolean.TRUE.equals(m.living())), missing,
                    showReferences && referenceIds.contains(m.id()), m.fatherRef(), m.motherRef(), m.withheld()));
        }
        Map<String, Integer> gen = generations(p.ref(), nodes);
        TreeMap<Integer, List<Node>> rows = new TreeMap<>();
        nodes.values().forEach(n -> rows.computeIfAbsent(gen.getOrDefault(n.ref(), 0), k -> new ArrayList<>()).add(n));
        Map<String, double[]> at = new HashMap<>();
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int row = 0;
        for (List<Node> r : rows.values()) {
            double offset = (widest - r.size()) * CELL_W / 2.0;
            for (int i = 0; i < r.size(); i++) {
                at.put(r.get(i).ref(), new double[] {offset + i * CELL_W + CELL_W / 2.0, row * ROW_H + 30});
            }
            row++;
        }
        List<PedigreeDrawing.Line> lines = new ArrayList<>();
        nodes.values().forEach(n -> lines(lines, n, at));
        List<PedigreeDrawing.Node> drawn = nodes.values().stream().map(n -> node(n, at.get(n.ref()))).toList();
        return new PedigreeDrawing(widest * CELL_W, row * ROW_H, lines, drawn);
    }

    private static Map<String, Integer> generations(String root, Map<String, Node> nodes) {
        Map<String, Integer> gen = new HashMap<>(Map.of(root, 0));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String r = todo.poll();
            Node n = nodes.get(r);
            int g = gen.get(r);
            for (String parent : new String[] {n.father(), n.mother()}) {
                if (parent != null && nodes.containsKey(parent) && gen.putIfAbsent(parent, g - 1) == null) {
                    todo.add(parent);
                }
            }
            for (Node c : nodes.values()) {
                if ((r.equals(c.father()) || r.equals(c.mother())) && gen.putIfAbsent(c.ref(), g + 1) == null) {
                    todo.add(c.ref());
                }
            }
        }
        return gen;
    }

    private static void lines(List<PedigreeDrawing.Line> out, Node n, Map<String, double[]> at) {
        double[] c = at.get(n.ref());
        double[] f = n.father() == null ? null : at.get(n.father());
        double[] m = n.mother() == null ? null : at.get(n.mother());
        if (f == null && m == null) {
            return;
        }
        double px = f != null && m != null ? (f[0] + m[0]) / 2 : (f != null ? f : m)[0];
        double py = (f != null ? f : m)[1];
        if (f != null && m != null) {
            out.add(PedigreeDrawing.Line.of(f[0], f[1], m[0], m[1]));
        }
        out.add(PedigreeDrawing.Line.of(px, py, c[0], c[1] - SIZE / 2.0));
    }

    private static PedigreeDrawing.Node node(Node n, double[] p) {
        double h = SIZE / 2.0;
        boolean square = "M".equals(n.sex());
        List<PedigreeDrawing.Label> labels = new ArrayList<>();
        labels.add(label(p[0], p[1] + h + 14, n.label()));
        if (!n.relation().isEmpty()) {
            labels.add(label(p[0], p[1] + h + 26, n.relation()));
        }
        return new PedigreeDrawing.Node("node" + (n.missing() ? " missing" : "") + (n.withheld() ? " withheld" : ""), square,
                PedigreeDrawing.n(square ? p[0] - h : p[0]), PedigreeDrawing.n(square ? p[1] - h : p[1]), SIZE,
                PedigreeDrawing.n(h), n.reference() ? "#7fb3d5" : "#fff", n.missing() ? "#c0392b" : "#222",
                n.missing() ? "3" : "1.5", !n.missing() && n.withheld() ? "4 3" : null,
                n.living() ? null : PedigreeDrawing.Line.of(p[0] - h - 4, p[1] + h + 4, p[0] + h + 4, p[1] - h - 4),
                n.label() + (n.relation().isEmpty() ? "" : " (" + n.relation() + ")"), labels);
    }

    private static PedigreeDrawing.Label label(double x, double y, String s) {
        return new PedigreeDrawing.Label(PedigreeDrawing.n(x), PedigreeDrawing.n(y), s.length() > 22 ? s.substring(0, 21) + "…" : s);
    }
}
